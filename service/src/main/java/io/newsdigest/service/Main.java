package io.newsdigest.service;

import io.newsdigest.service.cli.BatchCommand;
import io.newsdigest.service.cli.DigestCommand;
import io.newsdigest.service.cli.EvalCommand;
import io.newsdigest.service.cli.ModelsCommand;
import io.newsdigest.service.cli.ServeCommand;
import io.newsdigest.service.launch.Launcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.OptionalInt;
import java.util.concurrent.Callable;

/**
 * The single executable: {@code java -jar newsdigest.jar} starts the server; subcommands digest one file, run
 * batches, manage models and run the evaluations.
 */
@Command(name = "newsdigest", mixinStandardHelpOptions = true, version = "NewsDigest 0.1.0",
        description = "Summaries and key figures of German and English news, computed locally.",
        footer = {"",
                "Memory: serve and batch run in a JVM with a heap of at most 1 GiB (half the",
                "memory when that is less), and the server starts from a cache of its classes",
                "in ~/.newsdigest/cache that its first run records. Give java any heap option",
                "(java -Xmx2g -jar newsdigest.jar) to choose the JVM yourself, or set",
                "NEWSDIGEST_LAUNCHER=off to keep the JVM you started."},
        subcommands = {ServeCommand.class, DigestCommand.class, BatchCommand.class, ModelsCommand.class,
                EvalCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        // Before anything else is loaded: serve and batch may run in a second, sized JVM.
        OptionalInt sized = Launcher.runSized(Main.class, args);
        if (sized.isPresent()) {
            System.exit(sized.getAsInt());
        }
        int exit = commandLine().execute(args);
        if (exit != ServeCommand.KEEP_RUNNING) {
            System.exit(exit);
        }
    }

    /** The command line with its subcommands, ready to parse or execute. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main())
                .setExecutionExceptionHandler((e, failed, parsed) -> {
                    // A bad setting or a busy port deserves one clear line, not a stack trace.
                    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    String command = failed.getParent() == null ? "newsdigest" : "newsdigest " + failed.getCommandName();
                    failed.getErr().println(command + ": " + reason);
                    return e instanceof IllegalArgumentException ? 2 : 1;
                });
        // An evaluation's own options (figures --misses, summaries --data) pass through to it untouched.
        commandLine.getSubcommands().get("eval").setUnmatchedOptionsArePositionalParams(true);
        return commandLine;
    }

    /** Without a subcommand: serve. */
    @Override
    public Integer call() {
        return new ServeCommand().call();
    }
}
