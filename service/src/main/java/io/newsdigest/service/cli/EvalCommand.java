package io.newsdigest.service.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsdigest eval AREA}: runs an evaluation over a data folder; not available in this build. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run an evaluation (not available in this build).")
public final class EvalCommand implements Callable<Integer> {

    @Unmatched
    List<String> ignored;

    @Override
    public Integer call() {
        System.err.println("newsdigest eval: not available in this build yet.");
        return 3;
    }
}
