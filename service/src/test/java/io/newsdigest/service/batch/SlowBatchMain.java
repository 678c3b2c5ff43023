package io.newsdigest.service.batch;

import io.newsdigest.nlp.NewsDigest;
import io.newsdigest.service.cli.BatchCommand;
import io.newsdigest.service.http.FakePipeline;
import io.newsdigest.service.http.PipelineHolder;
import picocli.CommandLine;

import java.util.List;

/**
 * The batch command as a process of its own, with the fake pipeline slowed to a few milliseconds per record so
 * that a test can kill it part-way through a run.
 */
public final class SlowBatchMain {

    private SlowBatchMain() {
    }

    public static void main(String[] args) {
        NewsDigest slow = FakePipeline.builder(false).detector(text -> {
            try {
                Thread.sleep(4);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakePipeline.detect(text);
        }).build();
        BatchCommand command = new BatchCommand(config -> new PipelineHolder.LoadedPipeline(slow, List.of()));
        System.exit(new CommandLine(command).execute(args));
    }
}
