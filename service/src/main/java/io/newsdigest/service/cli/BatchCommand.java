package io.newsdigest.service.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsdigest batch}: summarizes an archive; not available in this build. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Summarize an archive of articles (not available in this build: use POST /v1/batch).")
public final class BatchCommand implements Callable<Integer> {

    @Unmatched
    List<String> ignored;

    @Override
    public Integer call() {
        System.err.println("newsdigest batch: not available in this build yet; POST NDJSON to /v1/batch instead.");
        return 3;
    }
}
