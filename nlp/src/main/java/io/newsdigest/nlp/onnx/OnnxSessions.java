package io.newsdigest.nlp.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The encoder and decoder sessions of one model, shared by every generation that runs on it. ONNX Runtime
 * sessions may run concurrently, so this holds no per-request state.
 */
final class OnnxSessions implements AutoCloseable {

    static final String USE_CACHE_BRANCH = "use_cache_branch";
    static final String ENCODER_HIDDEN = "encoder_hidden_states";
    static final String ENCODER_MASK = "encoder_attention_mask";
    static final String LOGITS = "logits";
    private static final String PRESENT = "present.";
    private static final String PAST = "past_key_values.";

    final OrtEnvironment env;
    final OrtSession encoder;
    final OrtSession firstStep;
    final OrtSession withPast;
    final boolean merged;
    final boolean cuda;
    /** Every cache output of the first step, with the input that takes it back. */
    final List<CacheLink> firstStepCache;
    /** The self-attention cache outputs of later steps; the cross-attention cache never changes after the first. */
    final List<CacheLink> withPastCache;
    /**
     * Size of the logits' last axis when both decoder sessions declare it, else 0. Known, it lets a step write
     * its logits into a tensor the generation allocated once instead of a new output.
     */
    final int vocabulary;
    private final Set<String> firstStepCacheOutputs;
    private final Set<String> firstStepAllOutputs;
    private final Set<String> withPastCacheOutputs;
    private final Set<String> withPastAllOutputs;
    private final List<OrtSession> owned;

    private OnnxSessions(OrtEnvironment env, List<OrtSession> owned, boolean merged, boolean cuda)
            throws OrtException {
        this.env = env;
        this.owned = owned;
        this.encoder = owned.get(0);
        this.firstStep = owned.get(1);
        this.withPast = merged ? owned.get(1) : owned.get(2);
        this.merged = merged;
        this.cuda = cuda;
        this.firstStepCache = cacheLinks(firstStep, false);
        this.withPastCache = cacheLinks(withPast, true);
        int firstVocabulary = vocabulary(firstStep);
        this.vocabulary = firstVocabulary == vocabulary(withPast) ? firstVocabulary : 0;
        this.firstStepCacheOutputs = request(firstStep, firstStepCache, false);
        this.firstStepAllOutputs = request(firstStep, firstStepCache, true);
        this.withPastCacheOutputs = request(withPast, withPastCache, false);
        this.withPastAllOutputs = request(withPast, withPastCache, true);
    }

    /** A cache output of a decoder session and the decoder input that takes it back at the next step. */
    record CacheLink(String output, String input, boolean selfAttention) {
    }

    private static List<CacheLink> cacheLinks(OrtSession session, boolean selfAttentionOnly) {
        List<CacheLink> links = new ArrayList<>();
        for (String output : session.getOutputNames()) {
            boolean self = output.contains(".decoder.");
            if (output.startsWith(PRESENT) && (self || !selfAttentionOnly)) {
                links.add(new CacheLink(output, PAST + output.substring(PRESENT.length()), self));
            }
        }
        return List.copyOf(links);
    }

    private static int vocabulary(OrtSession session) throws OrtException {
        NodeInfo logits = session.getOutputInfo().get(LOGITS);
        if (logits == null || !(logits.getInfo() instanceof TensorInfo info) || info.getShape().length != 3) {
            return 0;
        }
        long last = info.getShape()[2];
        return last > 0 && last <= Integer.MAX_VALUE / 8 ? (int) last : 0;
    }

    /** Logits first: a model whose first output is not named {@code logits} still has its logits there. */
    private static Set<String> request(OrtSession session, List<CacheLink> cache, boolean withLogits) {
        Set<String> names = new LinkedHashSet<>();
        if (withLogits) {
            Set<String> outputs = session.getOutputNames();
            names.add(outputs.contains(LOGITS) ? LOGITS : outputs.iterator().next());
        }
        cache.forEach(link -> names.add(link.output()));
        return Collections.unmodifiableSet(names);
    }

    static OnnxSessions open(String modelId, ModelFiles files, EngineOptions options) {
        OrtEnvironment env = environment(modelId);
        boolean merged = files.layout() == EngineOptions.Layout.MERGED;
        List<Path> paths = merged ? List.of(files.encoder(), files.firstStepDecoder())
                : List.of(files.encoder(), files.firstStepDecoder(), files.withPastDecoder());
        boolean cuda = options.useCudaIfAvailable() && OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
        List<OrtSession> sessions = new ArrayList<>();
        try (OrtSession.SessionOptions sessionOptions = sessionOptions(options, cuda)) {
            for (Path path : paths) {
                sessions.add(open(modelId, env, path, sessionOptions));
            }
            return new OnnxSessions(env, List.copyOf(sessions), merged, cuda);
        } catch (OrtException | RuntimeException e) {
            sessions.forEach(OnnxSessions::closeQuietly);
            if (e instanceof ModelLoadException loadException) {
                throw loadException;
            }
            throw new ModelLoadException(modelId, "cannot configure ONNX Runtime: " + e.getMessage(), e);
        }
    }

    private static OrtEnvironment environment(String modelId) {
        return OnnxEnvironment.get(modelId);
    }

    private static OrtSession open(String modelId, OrtEnvironment env, Path path, OrtSession.SessionOptions options) {
        try {
            return env.createSession(path.toString(), options);
        } catch (OrtException e) {
            throw new ModelLoadException(modelId, "cannot load " + path + ": " + e.getMessage(), e);
        }
    }

    private static OrtSession.SessionOptions sessionOptions(EngineOptions options, boolean cuda) throws OrtException {
        OrtSession.SessionOptions sessionOptions = new OrtSession.SessionOptions();
        sessionOptions.setIntraOpNumThreads(options.intraOpThreads());
        sessionOptions.setInterOpNumThreads(1);
        sessionOptions.setOptimizationLevel(switch (options.optimization()) {
            case NONE -> OrtSession.SessionOptions.OptLevel.NO_OPT;
            case BASIC -> OrtSession.SessionOptions.OptLevel.BASIC_OPT;
            case EXTENDED -> OrtSession.SessionOptions.OptLevel.EXTENDED_OPT;
            case ALL -> OrtSession.SessionOptions.OptLevel.ALL_OPT;
        });
        if (cuda) {
            try {
                sessionOptions.addCUDA(0);
            } catch (OrtException e) {
                // The provider is listed but its libraries or the driver are missing: stay on the CPU.
            }
        }
        return sessionOptions;
    }

    /** @return the outputs a first step asks for: its cache, and the logits unless they are written in place */
    Set<String> firstStepOutputs(boolean withLogits) {
        return withLogits ? firstStepAllOutputs : firstStepCacheOutputs;
    }

    /** @return the outputs a later step asks for: its self-attention cache, and the logits as for the first step */
    Set<String> withPastOutputs(boolean withLogits) {
        return withLogits ? withPastAllOutputs : withPastCacheOutputs;
    }

    /** @return names of the decoder-with-past inputs that carry the cache ({@code past_key_values.*}) */
    List<String> pastInputs() {
        return withPast.getInputNames().stream().filter(name -> name.startsWith(PAST)).toList();
    }

    Set<String> firstStepInputs() {
        return firstStep.getInputNames();
    }

    Set<String> withPastInputs() {
        return withPast.getInputNames();
    }

    /** @return declared shape of a decoder input; -1 marks a dynamic axis */
    long[] declaredShape(String input) {
        try {
            NodeInfo info = withPast.getInputInfo().get(input);
            return ((TensorInfo) info.getInfo()).getShape();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot read the metadata of decoder input " + input, e);
        }
    }

    /** Runs the encoder; the caller closes the result, which holds {@link #hiddenState the hidden state}. */
    OrtSession.Result encode(OnnxTensor ids, OnnxTensor mask) throws OrtException {
        Map<String, OnnxTensor> inputs = encoder.getInputNames().contains("attention_mask")
                ? Map.of("input_ids", ids, "attention_mask", mask) : Map.of("input_ids", ids);
        return encoder.run(inputs);
    }

    /** @return the encoder's last hidden state in an {@link #encode} result */
    static OnnxTensor hiddenState(OrtSession.Result encoded) {
        return (OnnxTensor) encoded.get("last_hidden_state").orElseGet(() -> encoded.get(0));
    }

    /** @return a tensor over a direct buffer holding the rows, which ONNX Runtime then uses without a copy */
    OnnxTensor longTensor(long[][] rows) throws OrtException {
        int width = rows.length == 0 ? 0 : rows[0].length;
        LongBuffer buffer = ByteBuffer.allocateDirect(rows.length * width * Long.BYTES).order(ByteOrder.nativeOrder())
                .asLongBuffer();
        for (long[] row : rows) {
            buffer.put(row);
        }
        buffer.flip();
        return OnnxTensor.createTensor(env, buffer, new long[]{rows.length, width});
    }

    OnnxTensor floatTensor(FloatBuffer data, long[] shape) throws OrtException {
        return OnnxTensor.createTensor(env, data, shape);
    }

    @Override
    public void close() {
        owned.forEach(OnnxSessions::closeQuietly);
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException | RuntimeException e) {
            // Closing is best effort: a session that cannot be released leaves nothing to retry.
        }
    }
}
