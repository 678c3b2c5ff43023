package io.newsdigest.nlp.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;

/**
 * A Hugging Face encoder-decoder model exported to ONNX, loaded from a model folder in the onnx-community layout
 * ({@code onnx/encoder_model.onnx}, {@code onnx/decoder_model_merged.onnx}) or Optimum's split layout
 * ({@code encoder_model.onnx}, {@code decoder_model.onnx}, {@code decoder_with_past_model.onnx}).
 *
 * <p>Thread-safe: the ONNX sessions and the tokenizer are shared by concurrent calls, each generation keeps its
 * own cache. The caller that opened it closes it (closing twice is harmless; calls after closing fail). It
 * never downloads: a missing file is a {@link ModelLoadException} naming the model and the path. It does not
 * sample: decoding is greedy or beam search.
 */
public final class Seq2SeqModel implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String id;
    private final String task;
    private final ModelFiles files;
    private final ModelConfig config;
    private final EngineOptions options;
    private final Seq2SeqTokenizer tokenizer;
    private final OnnxSessions sessions;
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    private Seq2SeqModel(String id, String task, ModelFiles files, ModelConfig config, EngineOptions options,
                         Seq2SeqTokenizer tokenizer, OnnxSessions sessions) {
        this.id = id;
        this.task = task;
        this.files = files;
        this.config = config;
        this.options = options;
        this.tokenizer = tokenizer;
        this.sessions = sessions;
    }

    /**
     * Opens a model folder. Its id, task and family come from {@code newsdigest.json} when present, else from
     * the folder name and {@code config.json}.
     *
     * @throws ModelLoadException naming the model and the missing or unreadable file
     */
    public static Seq2SeqModel open(Path folder, EngineOptions options) {
        String fallbackId = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        ModelFiles files = ModelFiles.locate(fallbackId, folder, options);
        JsonNode manifest = files.manifest().map(path -> read(fallbackId, path)).orElse(JsonNodeFactory.instance.objectNode());
        String id = manifest.path("id").asText(fallbackId);
        JsonNode configJson = read(id, files.config());
        String task = manifest.path("task").asText(defaultTask(configJson.path("model_type").asText("")));
        ModelConfig config = ModelConfig.parse(id, configJson,
                files.generationConfig().map(path -> read(id, path)).orElse(JsonNodeFactory.instance.objectNode()),
                files.tokenizerConfig().map(path -> read(id, path)).orElse(JsonNodeFactory.instance.objectNode()),
                Optional.ofNullable(manifest.path("family").textValue()).flatMap(Seq2SeqFamily::fromName), task);
        Seq2SeqTokenizer tokenizer = Seq2SeqTokenizer.open(id, files.tokenizer(), config.family(), config.eosTokenId());
        try {
            OnnxSessions sessions = OnnxSessions.open(id, files, options);
            return new Seq2SeqModel(id, task, files, config, options, tokenizer, sessions);
        } catch (RuntimeException e) {
            tokenizer.close();
            throw e;
        }
    }

    /** @return the model id from the manifest, else the folder name */
    public String id() {
        return id;
    }

    /** @return {@code translation} or {@code summarization} */
    public String task() {
        return task;
    }

    public ModelConfig config() {
        return config;
    }

    public Seq2SeqTokenizer tokenizer() {
        return tokenizer;
    }

    /** @return the decoder layout in use: SPLIT or MERGED */
    public EngineOptions.Layout layout() {
        return files.layout();
    }

    /** @return whether the sessions run on the CUDA provider */
    public boolean usesCuda() {
        return sessions.cuda;
    }

    /** @return decoding settings from the model's files; change fields with {@link GenerationConfig#toBuilder()} */
    public GenerationConfig generationDefaults() {
        return config.generationDefaults();
    }

    /**
     * Generates from token ids, each input on its own (batched internally, right-padded).
     *
     * @param inputs encoder ids with special tokens, each at most {@link ModelConfig#maxInputTokens()} long
     * @return per input, {@code numReturnSequences} hypotheses, best first
     * @throws IllegalArgumentException when an input is empty or too long
     */
    public List<List<Hypothesis>> generate(List<long[]> inputs, GenerationConfig generation) {
        return generate(inputs, generation, false);
    }

    /** @param beamSearchAlways run beam search even for one beam, to compare it with greedy search */
    List<List<Hypothesis>> generate(List<long[]> inputs, GenerationConfig generation, boolean beamSearchAlways) {
        for (long[] input : inputs) {
            if (input.length == 0 || input.length > config.maxInputTokens()) {
                throw new IllegalArgumentException("inputs must hold 1 to " + config.maxInputTokens()
                        + " tokens for model '" + id + "': " + input.length);
            }
        }
        Lock lock = lifecycle.readLock();
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("model '" + id + "' is closed");
            }
            List<List<Hypothesis>> outputs = new ArrayList<>();
            for (int from = 0; from < inputs.size(); from += options.maxBatchSize()) {
                outputs.addAll(batch(inputs.subList(from, Math.min(inputs.size(), from + options.maxBatchSize())),
                        generation, beamSearchAlways));
            }
            return outputs;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Generates text from texts: adds the task prefix, tokenizes, splits inputs too long for the encoder at
     * sentence boundaries (the pieces' outputs are joined with a space), batches inputs of similar length, and
     * decodes the best hypothesis.
     *
     * @param sourceLanguage ISO 639-1 code of the texts; needed by M2M100 and NLLB, ignored by the others
     * @return one output per text; an empty or blank text gives an empty output
     */
    public List<String> generateText(List<String> texts, Optional<String> sourceLanguage, GenerationConfig generation) {
        Locale locale = sourceLanguage.map(Locale::forLanguageTag).orElse(Locale.ROOT);
        InputSplitter splitter = new InputSplitter(piece -> encode(piece, sourceLanguage).length,
                config.maxInputTokens());
        List<long[]> pieces = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isBlank()) {
                continue;
            }
            for (String piece : splitter.split(texts.get(i).strip(), locale)) {
                pieces.add(encode(piece, sourceLanguage));
                owner.add(i);
            }
        }
        // Similar lengths in one batch waste less work on padding; results are put back in input order.
        int[] order = IntStream.range(0, pieces.size()).boxed()
                .sorted(Comparator.comparingInt(i -> pieces.get(i).length)).mapToInt(Integer::intValue).toArray();
        List<List<Hypothesis>> sorted = generate(IntStream.of(order).mapToObj(pieces::get).toList(), generation);
        String[] decoded = new String[pieces.size()];
        for (int k = 0; k < order.length; k++) {
            decoded[order[k]] = tokenizer.decode(sorted.get(k).get(0).ids()).strip();
        }
        List<StringBuilder> joined = texts.stream().map(text -> new StringBuilder()).toList();
        for (int piece = 0; piece < decoded.length; piece++) {
            StringBuilder target = joined.get(owner.get(piece));
            target.append(target.isEmpty() ? "" : " ").append(decoded[piece]);
        }
        return joined.stream().map(StringBuilder::toString).toList();
    }

    /** @return encoder ids of one text with the task prefix and the model's special tokens */
    public long[] encode(String text, Optional<String> sourceLanguage) {
        String prompt = config.taskPrefix().map(prefix -> prefix + text).orElse(text);
        return sourceLanguage.map(language -> tokenizer.encode(prompt, language)).orElseGet(() -> tokenizer.encode(prompt));
    }

    private List<List<Hypothesis>> batch(List<long[]> inputs, GenerationConfig generation, boolean beamSearchAlways) {
        int width = inputs.stream().mapToInt(input -> input.length).max().orElse(0);
        int beams = generation.numBeams();
        long[][] ids = new long[inputs.size() * beams][width];
        long[][] mask = new long[inputs.size() * beams][width];
        for (int row = 0; row < ids.length; row++) {
            long[] input = inputs.get(row / beams);
            Arrays.fill(ids[row], config.padTokenId());
            System.arraycopy(input, 0, ids[row], 0, input.length);
            Arrays.fill(mask[row], 0, input.length, 1L);
        }
        try (OnnxTensor maskTensor = sessions.longTensor(mask);
             Encoded encoded = encodeOnce(inputs.size(), beams, ids, mask, maskTensor);
             DecoderState state = new DecoderState(sessions, encoded.hidden(), maskTensor, ids.length,
                     options.kvCache(), config.decoderHeads(), config.headDim(), true)) {
            if (beams == 1 && !beamSearchAlways) {
                return new GreedySearch(config, generation).run(state, ids.length).stream().map(List::of).toList();
            }
            return new BeamSearch(config, generation).run(state, inputs.size());
        } catch (OrtException e) {
            throw new IllegalStateException("model '" + id + "' failed to generate: " + e.getMessage(), e);
        }
    }

    /** The encoder's hidden state for every decoder row, and what to close when the generation is done. */
    private record Encoded(OnnxTensor hidden, Runnable release) implements AutoCloseable {
        @Override
        public void close() {
            release.run();
        }
    }

    /**
     * Runs the encoder once per input. With one beam its result serves the decoder as it is; with more, each beam
     * gets a copy of its input's rows.
     */
    private Encoded encodeOnce(int inputs, int beams, long[][] ids, long[][] mask, OnnxTensor maskTensor)
            throws OrtException {
        if (beams == 1) {
            try (OnnxTensor idTensor = sessions.longTensor(ids)) {
                OrtSession.Result encoded = sessions.encode(idTensor, maskTensor);
                return new Encoded(OnnxSessions.hiddenState(encoded), encoded::close);
            }
        }
        long[][] uniqueIds = new long[inputs][];
        long[][] uniqueMask = new long[inputs][];
        for (int input = 0; input < inputs; input++) {
            uniqueIds[input] = ids[input * beams];
            uniqueMask[input] = mask[input * beams];
        }
        try (OnnxTensor uniqueIdTensor = sessions.longTensor(uniqueIds);
             OnnxTensor uniqueMaskTensor = sessions.longTensor(uniqueMask);
             OrtSession.Result encoded = sessions.encode(uniqueIdTensor, uniqueMaskTensor)) {
            OnnxTensor hidden = OnnxSessions.hiddenState(encoded);
            long[] shape = hidden.getInfo().getShape();
            FloatBuffer data = hidden.getFloatBuffer();
            int rowSize = data.remaining() / inputs;
            FloatBuffer expanded = ByteBuffer.allocateDirect(data.remaining() * beams * Float.BYTES)
                    .order(ByteOrder.nativeOrder()).asFloatBuffer();
            for (int row = 0; row < inputs * beams; row++) {
                expanded.put(row * rowSize, data, (row / beams) * rowSize, rowSize);
            }
            OnnxTensor copy = sessions.floatTensor(expanded, new long[]{inputs * beams, shape[1], shape[2]});
            return new Encoded(copy, copy::close);
        }
    }

    private static String defaultTask(String modelType) {
        return modelType.equals("bart") || modelType.equals("t5") || modelType.equals("mt5")
                ? "summarization" : "translation";
    }

    private static JsonNode read(String modelId, Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new ModelLoadException(modelId, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        Lock lock = lifecycle.writeLock();
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                sessions.close();
                tokenizer.close();
            }
        } finally {
            lock.unlock();
        }
    }
}
