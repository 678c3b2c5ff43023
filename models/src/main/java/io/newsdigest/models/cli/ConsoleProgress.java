package io.newsdigest.models.cli;

import io.newsdigest.models.pull.PullProgress;

import java.io.PrintStream;

/**
 * Draws a one-line text progress bar per file, redrawn with a carriage return at most once per percent.
 * For one pull at a time; not thread-safe.
 */
public final class ConsoleProgress implements PullProgress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private String currentFile = "";
    private long lastPercent = -1;
    private long lastMegabyte = -1;

    /** @param out where the bar is drawn, normally standard error so that standard output stays parseable */
    public ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void update(String modelId, String file, long done, long total) {
        if (!file.equals(currentFile)) {
            currentFile = file;
            lastPercent = -1;
            lastMegabyte = -1;
        }
        boolean finished = total >= 0 && done >= total;
        if (total > 0) {
            long percent = done * 100 / total;
            if (percent == lastPercent && !finished) {
                return;
            }
            lastPercent = percent;
            int filled = (int) (WIDTH * done / total);
            out.printf("\r%-40s [%s%s] %3d%% %s / %s", file, "#".repeat(filled), " ".repeat(WIDTH - filled),
                    percent, Sizes.human(done), Sizes.human(total));
        } else {
            long megabyte = done >> 20;
            if (megabyte == lastMegabyte && !finished) {
                return;
            }
            lastMegabyte = megabyte;
            out.printf("\r%-40s %s", file, Sizes.human(done));
        }
        if (finished) {
            out.println();
        }
        out.flush();
    }
}
