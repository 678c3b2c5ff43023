package io.newsdigest.service.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsdigest models}: manages installed models; not available in this build. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List, pull, verify and remove models (not available in this build).")
public final class ModelsCommand implements Callable<Integer> {

    @Unmatched
    List<String> ignored;

    @Override
    public Integer call() {
        System.err.println("newsdigest models: not available in this build yet.");
        return 3;
    }
}
