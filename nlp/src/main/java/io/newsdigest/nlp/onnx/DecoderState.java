package io.newsdigest.nlp.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decoder side of one generation: feeds one token per row and step, keeps the key/value cache between
 * steps and reorders it when beam search moves hypotheses between rows. Not thread-safe: one per generation.
 *
 * <p>ONNX Runtime frees a result's tensors when the result is closed, so the first step's result (which holds
 * the cross-attention cache used by every later step) stays open to the end, and each later result is closed
 * only after the step that consumed it. The cache tensors go from one step's outputs straight into the next
 * step's inputs, uncopied.
 *
 * <p>With the cache, the per-step work outside ONNX Runtime is kept to writing the new tokens: the token
 * tensor, the logits tensor (when the models declare the vocabulary size) and the input map are made once per
 * generation and reused, and a step asks only for the outputs it uses.
 */
final class DecoderState implements AutoCloseable {

    private final OnnxSessions sessions;
    private final OnnxTensor encoderHidden;
    private final OnnxTensor encoderMask;
    private final int rows;
    private final boolean kvCache;
    private final boolean pinLogits;
    private final int heads;
    private final int headDim;
    private final List<OnnxTensor> emptyPast = new ArrayList<>();
    /** Self-attention cache by input name, in the order of {@link OnnxSessions#withPastCache}. */
    private final Map<String, OnnxTensor> selfPast = new LinkedHashMap<>();
    private final List<OnnxTensor> reordered = new ArrayList<>();
    /** Inputs of every step after the first; only the self-attention cache changes from step to step. */
    private final Map<String, OnnxTensor> stepInputs = new HashMap<>();
    private OrtSession.Result first;
    private OrtSession.Result latest;
    /** Each row's ids so far; kept only without the cache, which then feeds the whole prefix every step. */
    private long[][] history;
    private OnnxTensor cacheOn;
    private OnnxTensor cacheOff;
    private LongBuffer tokens;
    private OnnxTensor tokenTensor;
    private Map<String, OnnxTensor> pinnedLogits = Map.of();
    private FloatBuffer logitsBuffer;
    private float[] logits;

    /**
     * @param pinLogits with the cache, have ONNX Runtime write the logits into a tensor made once per generation
     *     when the decoders declare the vocabulary size; else each step's logits come from a new output
     */
    DecoderState(OnnxSessions sessions, OnnxTensor encoderHidden, OnnxTensor encoderMask, int rows, boolean kvCache,
                 int heads, int headDim, boolean pinLogits) {
        // One direct buffer holds the tokens and the logits, so together they must fit in an int of bytes.
        this.pinLogits = pinLogits && sessions.vocabulary > 0
                && (long) rows * (sessions.vocabulary * (long) Float.BYTES + Long.BYTES) <= Integer.MAX_VALUE;
        this.heads = heads;
        this.headDim = headDim;
        this.sessions = sessions;
        this.encoderHidden = encoderHidden;
        this.encoderMask = encoderMask;
        this.rows = rows;
        this.kvCache = kvCache;
        this.history = new long[rows][0];
    }

    /**
     * Feeds one token per row.
     *
     * @return the logits of the last position, {@code rows × vocabulary}, row after row; the caller may change
     *     them, and they are valid until the next step
     */
    float[] step(long[] next) throws OrtException {
        if (!kvCache) {
            for (int row = 0; row < rows; row++) {
                long[] grown = Arrays.copyOf(history[row], history[row].length + 1);
                grown[grown.length - 1] = next[row];
                history[row] = grown;
            }
            return fullPrefixStep();
        }
        boolean firstStep = first == null;
        if (firstStep) {
            openStepTensors();
        }
        for (int row = 0; row < rows; row++) {
            tokens.put(row, next[row]);
        }
        OrtSession session = firstStep ? sessions.firstStep : sessions.withPast;
        Map<String, OnnxTensor> inputs = firstStep ? firstStepInputs() : stepInputs;
        Set<String> request = firstStep ? sessions.firstStepOutputs(!pinLogits) : sessions.withPastOutputs(!pinLogits);
        OrtSession.Result result = session.run(inputs, request, pinnedLogits);
        keepCache(result, firstStep);
        if (logitsBuffer != null) {
            logitsBuffer.get(0, logits);
            return logits;
        }
        return lastLogits(result);
    }

    /** Makes row {@code i} continue the hypothesis that was in row {@code sources[i]}. */
    void reorder(int[] sources) throws OrtException {
        long[][] moved = new long[rows][];
        boolean identity = true;
        for (int row = 0; row < rows; row++) {
            moved[row] = history[sources[row]];
            identity &= sources[row] == row;
        }
        history = moved;
        if (identity || !kvCache || selfPast.isEmpty()) {
            return;
        }
        // Beams of one input share its encoder output, so only the self-attention cache moves. The rows are
        // copied byte-wise into a direct buffer that the new tensor uses as it is.
        List<OnnxTensor> created = new ArrayList<>();
        for (Map.Entry<String, OnnxTensor> entry : selfPast.entrySet()) {
            OnnxTensor tensor = entry.getValue();
            ByteBuffer source = tensor.getByteBuffer();
            int rowBytes = source.capacity() / rows;
            ByteBuffer target = ByteBuffer.allocateDirect(source.capacity()).order(ByteOrder.nativeOrder());
            for (int row = 0; row < rows; row++) {
                target.put(row * rowBytes, source, sources[row] * rowBytes, rowBytes);
            }
            OnnxTensor copy = sessions.floatTensor(target.asFloatBuffer(), tensor.getInfo().getShape());
            created.add(copy);
            entry.setValue(copy);
            stepInputs.put(entry.getKey(), copy);
        }
        reordered.forEach(OnnxTensor::close);
        reordered.clear();
        reordered.addAll(created);
    }

    /**
     * The token tensor and, when the vocabulary size is declared, the logits tensor live in direct buffers for
     * the whole generation: ONNX Runtime reads and writes those buffers in place, so a step only writes the
     * tokens and reads the logits.
     */
    private void openStepTensors() throws OrtException {
        int vocabulary = sessions.vocabulary;
        int tokenBytes = rows * Long.BYTES;
        int logitsBytes = pinLogits ? rows * vocabulary * Float.BYTES : 0;
        // One allocation for both: a direct buffer is costly to create next to a step of a small model.
        ByteBuffer memory = ByteBuffer.allocateDirect(tokenBytes + logitsBytes);
        tokens = memory.slice(0, tokenBytes).order(ByteOrder.nativeOrder()).asLongBuffer();
        tokenTensor = OnnxTensor.createTensor(sessions.env, tokens, new long[]{rows, 1});
        if (pinLogits) {
            logitsBuffer = memory.slice(tokenBytes, logitsBytes).order(ByteOrder.nativeOrder()).asFloatBuffer();
            pinnedLogits = Map.of(OnnxSessions.LOGITS,
                    OnnxTensor.createTensor(sessions.env, logitsBuffer, new long[]{rows, 1, vocabulary}));
            logits = new float[rows * vocabulary];
        }
    }

    private Map<String, OnnxTensor> firstStepInputs() throws OrtException {
        Map<String, OnnxTensor> inputs = new HashMap<>();
        inputs.put("input_ids", tokenTensor);
        addEncoderInputs(inputs, sessions.firstStepInputs());
        addEmptyPast(inputs);
        return inputs;
    }

    private float[] fullPrefixStep() throws OrtException {
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try (OnnxTensor ids = sessions.longTensor(history)) {
            inputs.put("input_ids", ids);
            addEncoderInputs(inputs, sessions.firstStepInputs());
            addEmptyPast(inputs);
            try (OrtSession.Result result = sessions.firstStep.run(inputs)) {
                return lastLogits(result);
            }
        }
    }

    private void addEncoderInputs(Map<String, OnnxTensor> inputs, Set<String> declared) {
        if (declared.contains(OnnxSessions.ENCODER_HIDDEN)) {
            inputs.put(OnnxSessions.ENCODER_HIDDEN, encoderHidden);
        }
        if (declared.contains(OnnxSessions.ENCODER_MASK)) {
            inputs.put(OnnxSessions.ENCODER_MASK, encoderMask);
        }
    }

    /** The merged decoder declares the cache even on its no-cache branch; it gets zero-length tensors there. */
    private void addEmptyPast(Map<String, OnnxTensor> inputs) throws OrtException {
        if (!sessions.merged) {
            return;
        }
        if (emptyPast.isEmpty()) {
            for (String name : sessions.pastInputs()) {
                long[] declared = sessions.declaredShape(name);
                long[] shape = {rows, declared[1] > 0 ? declared[1] : heads, 0, declared[3] > 0 ? declared[3] : headDim};
                emptyPast.add(sessions.floatTensor(FloatBuffer.allocate(0), shape));
            }
        }
        List<String> names = sessions.pastInputs();
        for (int i = 0; i < names.size(); i++) {
            inputs.put(names.get(i), emptyPast.get(i));
        }
        addCacheBranch(inputs, false);
    }

    private void addCacheBranch(Map<String, OnnxTensor> inputs, boolean useCache) throws OrtException {
        if (!sessions.merged) {
            return;
        }
        if (useCache && cacheOn == null) {
            cacheOn = OnnxTensor.createTensor(sessions.env, new boolean[]{true});
        } else if (!useCache && cacheOff == null) {
            cacheOff = OnnxTensor.createTensor(sessions.env, new boolean[]{false});
        }
        inputs.put(OnnxSessions.USE_CACHE_BRANCH, useCache ? cacheOn : cacheOff);
    }

    /** Takes over the result: its cache feeds the next step, and it is closed once that step has run. */
    private void keepCache(OrtSession.Result result, boolean firstStep) throws OrtException {
        if (firstStep) {
            first = result;
            stepInputs.put("input_ids", tokenTensor);
            addEncoderInputs(stepInputs, sessions.withPastInputs());
            addCacheBranch(stepInputs, true);
        } else {
            if (latest != null) {
                latest.close();
            }
            latest = result;
        }
        for (OnnxSessions.CacheLink link : firstStep ? sessions.firstStepCache : sessions.withPastCache) {
            // Present: every link's output is among the outputs the step asked for.
            OnnxTensor tensor = (OnnxTensor) result.get(link.output()).orElseThrow();
            if (link.selfAttention()) {
                selfPast.put(link.input(), tensor);
            }
            stepInputs.put(link.input(), tensor);
        }
        reordered.forEach(OnnxTensor::close);
        reordered.clear();
    }

    private float[] lastLogits(OrtSession.Result result) throws OrtException {
        OnnxTensor output = (OnnxTensor) result.get(OnnxSessions.LOGITS).orElseGet(() -> result.get(0));
        long[] shape = output.getInfo().getShape();
        int length = (int) shape[1];
        int vocab = (int) shape[2];
        // getValue copies natively into Java arrays; getFloatBuffer goes through a slower buffer view.
        float[][][] values = (float[][][]) output.getValue();
        float[] last = new float[rows * vocab];
        for (int row = 0; row < rows; row++) {
            System.arraycopy(values[row][length - 1], 0, last, row * vocab, vocab);
        }
        return last;
    }

    @Override
    public void close() {
        reordered.forEach(OnnxTensor::close);
        reordered.clear();
        emptyPast.forEach(OnnxTensor::close);
        emptyPast.clear();
        pinnedLogits.values().forEach(OnnxTensor::close);
        pinnedLogits = Map.of();
        for (OnnxTensor owned : new OnnxTensor[]{cacheOn, cacheOff, tokenTensor}) {
            if (owned != null) {
                owned.close();
            }
        }
        cacheOn = null;
        cacheOff = null;
        tokenTensor = null;
        if (latest != null) {
            latest.close();
            latest = null;
        }
        if (first != null) {
            first.close();
            first = null;
        }
    }
}
