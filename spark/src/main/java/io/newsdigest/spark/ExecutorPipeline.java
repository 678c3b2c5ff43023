package io.newsdigest.spark;

import io.newsdigest.nlp.NewsDigest;
import io.newsdigest.nlp.StandardPipeline;

import java.util.Set;

/**
 * The pipeline of one executor JVM, opened on first use and shared by its task threads until the JVM exits.
 *
 * <p>A static holder is the exception to the rule that models are owned, never static: Spark creates and discards
 * task closures freely, and loading the language models takes seconds, so the executor JVM is the only owner that
 * lives long enough. It is closed by a shutdown hook. Thread-safe.
 */
final class ExecutorPipeline {

    private static StandardPipeline pipeline;
    private static Set<String> languagesOfPipeline;

    private ExecutorPipeline() {
    }

    /**
     * @return the executor's pipeline for {@code languages}, opened by the first task that asks
     * @throws IllegalStateException when a task of the same JVM asked for other languages earlier
     */
    static synchronized NewsDigest get(Set<String> languages) {
        if (pipeline == null) {
            pipeline = StandardPipeline.open(languages);
            languagesOfPipeline = Set.copyOf(languages);
            StandardPipeline opened = pipeline;
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "newsdigest-pipeline-close"));
        } else if (!languagesOfPipeline.equals(Set.copyOf(languages))) {
            throw new IllegalStateException("this executor's pipeline was opened for " + languagesOfPipeline
                    + ", not " + languages + "; run one job per set of languages");
        }
        return pipeline.digest();
    }
}
