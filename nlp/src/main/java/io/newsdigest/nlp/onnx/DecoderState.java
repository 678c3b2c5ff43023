package io.newsdigest.nlp.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decoder side of one generation: feeds one token per row and step, keeps the key/value cache between
 * steps and reorders it when beam search moves hypotheses between rows. Not thread-safe: one per generation.
 *
 * <p>ONNX Runtime frees a result's tensors when the result is closed, so the first step's result (which holds
 * the cross-attention cache used by every later step) stays open to the end, and each later result is closed
 * only after the step that consumed it.
 */
final class DecoderState implements AutoCloseable {

    /** Output name → the input name that feeds it back; the same few names come back every step. */
    private static final Map<String, String> PAST_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private final OnnxSessions sessions;
    private final OnnxTensor encoderHidden;
    private final OnnxTensor encoderMask;
    private final int rows;
    private final boolean kvCache;
    private final int heads;
    private final int headDim;
    private final List<OnnxTensor> emptyPast = new ArrayList<>();
    private final Map<String, OnnxTensor> selfPast = new HashMap<>();
    private final Map<String, OnnxTensor> crossPast = new HashMap<>();
    private final List<OnnxTensor> reordered = new ArrayList<>();
    private OrtSession.Result first;
    private OrtSession.Result latest;
    private long[][] history;
    private OnnxTensor cacheOn;
    private OnnxTensor cacheOff;

    DecoderState(OnnxSessions sessions, OnnxTensor encoderHidden, OnnxTensor encoderMask, int rows, boolean kvCache,
                 int heads, int headDim) {
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
     * @return the logits of the last position, {@code rows × vocabulary}, row after row
     */
    float[] step(long[] tokens) throws OrtException {
        for (int row = 0; row < rows; row++) {
            long[] grown = Arrays.copyOf(history[row], history[row].length + 1);
            grown[grown.length - 1] = tokens[row];
            history[row] = grown;
        }
        if (!kvCache) {
            return fullPrefixStep();
        }
        boolean firstStep = first == null;
        Map<String, OnnxTensor> inputs = new HashMap<>();
        long[][] column = new long[rows][];
        for (int row = 0; row < rows; row++) {
            column[row] = new long[]{tokens[row]};
        }
        try (OnnxTensor ids = sessions.longTensor(column)) {
            inputs.put("input_ids", ids);
            OrtSession session = firstStep ? sessions.firstStep : sessions.withPast;
            addEncoderInputs(inputs, session.getInputNames());
            if (firstStep) {
                addEmptyPast(inputs);
            } else {
                inputs.putAll(selfPast);
                inputs.putAll(crossPast);
                addCacheBranch(inputs, true);
            }
            OrtSession.Result result = session.run(inputs);
            float[] logits = lastLogits(result);
            keepCache(result, firstStep);
            return logits;
        }
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
        }
        reordered.forEach(OnnxTensor::close);
        reordered.clear();
        reordered.addAll(created);
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

    private void keepCache(OrtSession.Result result, boolean firstStep) {
        OrtSession.Result previous = latest;
        Map<String, OnnxTensor> presents = new HashMap<>();
        for (Map.Entry<String, OnnxValue> output : result) {
            if (output.getKey().startsWith("present.")) {
                presents.put(PAST_NAMES.computeIfAbsent(output.getKey(),
                        name -> "past_key_values." + name.substring("present.".length())), (OnnxTensor) output.getValue());
            }
        }
        selfPast.clear();
        presents.forEach((name, tensor) -> {
            if (name.contains(".decoder.")) {
                selfPast.put(name, tensor);
            } else if (firstStep) {
                crossPast.put(name, tensor);
            }
        });
        if (firstStep) {
            first = result;
        } else {
            latest = result;
            if (previous != null) {
                previous.close();
            }
        }
        reordered.forEach(OnnxTensor::close);
        reordered.clear();
    }

    private float[] lastLogits(OrtSession.Result result) throws OrtException {
        OnnxTensor logits = (OnnxTensor) result.get("logits").orElseGet(() -> result.get(0));
        long[] shape = logits.getInfo().getShape();
        int length = (int) shape[1];
        int vocab = (int) shape[2];
        // getValue copies natively into Java arrays; getFloatBuffer goes through a slower buffer view.
        float[][][] values = (float[][][]) logits.getValue();
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
        for (OnnxTensor flag : new OnnxTensor[]{cacheOn, cacheOff}) {
            if (flag != null) {
                flag.close();
            }
        }
        cacheOn = null;
        cacheOff = null;
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
