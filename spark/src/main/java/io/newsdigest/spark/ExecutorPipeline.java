package io.newsdigest.spark;

import io.newsdigest.models.ModelStore;
import io.newsdigest.nlp.NewsDigest;
import io.newsdigest.nlp.StandardPipeline;
import io.newsdigest.nlp.onnx.EngineOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The pipeline of one executor JVM, opened on first use and shared by its task threads until the JVM exits.
 *
 * <p>A static holder is the exception to the rule that models are owned, never static: Spark creates and discards
 * task closures freely, and loading the language models takes seconds, so the executor JVM is the only owner that
 * lives long enough. It is closed by a shutdown hook. Thread-safe.
 *
 * <p>With a models directory, every executor must see the same usable models: an executor that lacks the directory
 * or finds a model it cannot use fails its tasks (Spark retries them elsewhere, then fails the job with the
 * message) rather than writing digests that differ from the other executors' (untranslated, for example).
 */
final class ExecutorPipeline {

    /** What a pipeline was opened for; a JVM serves one. */
    private record Key(Set<String> languages, String modelsDirectory) {
    }

    private static StandardPipeline pipeline;
    private static Key openedFor;

    private ExecutorPipeline() {
    }

    /**
     * @param modelsDirectory the models directory, relative to the executor's working directory (where
     *     {@code spark-submit --archives} unpacks) or absolute; empty for none
     * @return the executor's pipeline, opened by the first task that asks
     * @throws IllegalStateException when a task of the same JVM asked for other languages or models earlier, or the
     *     models directory is missing or holds a model that cannot be used
     */
    static synchronized NewsDigest get(Set<String> languages, String modelsDirectory) {
        Key key = new Key(Set.copyOf(languages), modelsDirectory);
        if (pipeline == null) {
            pipeline = open(key);
            openedFor = key;
            StandardPipeline opened = pipeline;
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "newsdigest-pipeline-close"));
        } else if (!openedFor.equals(key)) {
            throw new IllegalStateException("this executor's pipeline was opened for " + openedFor
                    + ", not " + key + "; run one job per set of languages and models");
        }
        return pipeline.digest();
    }

    private static StandardPipeline open(Key key) {
        if (key.modelsDirectory().isEmpty()) {
            return StandardPipeline.open(key.languages());
        }
        Path directory = Path.of(key.modelsDirectory()).toAbsolutePath();
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("--models " + key.modelsDirectory() + ": there is no directory "
                    + directory + " on this executor");
        }
        StandardPipeline opened = StandardPipeline.open(key.languages(), Optional.of(new ModelStore(directory)),
                EngineOptions.defaults());
        if (!opened.problems().isEmpty()) {
            opened.close();
            throw new IllegalStateException("--models " + key.modelsDirectory() + ": "
                    + String.join("; ", opened.problems()));
        }
        return opened;
    }
}
