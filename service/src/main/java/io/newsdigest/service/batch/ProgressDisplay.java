package io.newsdigest.service.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Shows how far a run is. Called from the writer thread only; implementations need not be thread-safe.
 */
public interface ProgressDisplay extends AutoCloseable {

    /** @param done records written so far by this run; @param failed error objects among them */
    void update(long done, long failed);

    @Override
    void close();

    /**
     * A progress bar on a terminal, plain lines every {@code every} otherwise (a log file, CI).
     *
     * @param total the records this run will write, when known
     */
    static ProgressDisplay forStream(PrintStream err, boolean terminal, OptionalLong total, Duration every) {
        return terminal ? new TerminalProgressBar(err, total) : new PeriodicProgressLines(err, total, every);
    }

    /** Shows nothing (tests, {@code --quiet}). */
    static ProgressDisplay none() {
        return new ProgressDisplay() {
            @Override
            public void update(long done, long failed) {
            }

            @Override
            public void close() {
            }
        };
    }

    /** @return whether standard error is a terminal a progress bar can redraw */
    static boolean stderrIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22+ returns a console even when redirected; isTerminal() tells the difference.
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
