package io.newsdigest.nlp.summarize;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * English sentence embeddings from all-MiniLM-L6-v2 (quantized), loaded through LangChain4j's
 * {@link OnnxEmbeddingModel} from files copied out of the test-scope model jar, so that no model is held in a
 * static field. Used by the evaluation and the benchmark only; the production wiring takes model files from the
 * model registry. LangChain4j's model offers no {@code close()}: its ONNX session lives until garbage collection.
 *
 * <p>Encoding runs on one owned thread with a large stack: on a default 1 MB thread stack (the JVM main thread,
 * JMH workers) the native tokenizer and ONNX runtime crashed the JVM with a segmentation fault. {@link #close()}
 * stops that thread. Concurrent calls are serialized.
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder, AutoCloseable {

    private static final long STACK_BYTES = 64L << 20;

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxEmbeddingModel model;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(null, task, "minilm-encoder", STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    });

    private MiniLmSentenceEncoder(OnnxEmbeddingModel model) {
        this.model = model;
    }

    /** Copies the bundled model into {@code folder} and loads it. */
    public static MiniLmSentenceEncoder fromBundledJar(Path folder) {
        try {
            Path model = copy(MODEL, folder);
            Path tokenizer = copy(TOKENIZER, folder);
            return new MiniLmSentenceEncoder(new OnnxEmbeddingModel(model, tokenizer, PoolingMode.MEAN, Runnable::run));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the MiniLM model to " + folder, e);
        }
    }

    @Override
    public boolean supports(String language) {
        return "en".equals(language);
    }

    @Override
    public List<float[]> encode(List<String> sentences) {
        List<TextSegment> segments = sentences.stream().map(TextSegment::from).toList();
        try {
            return worker.submit(() -> model.embedAll(segments).content().stream().map(Embedding::vector).toList())
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while encoding sentences", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("MiniLM encoding failed", e.getCause());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private static Path copy(String resource, Path folder) throws IOException {
        Path target = folder.resolve(resource);
        try (InputStream in = OnnxEmbeddingModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("model resource missing from the classpath: " + resource);
            }
            Files.createDirectories(folder);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
