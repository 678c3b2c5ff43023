package io.newsdigest.nlp.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxTensorLike;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.newsdigest.nlp.onnx.EngineOptions;
import io.newsdigest.nlp.onnx.Seq2SeqModel;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The floor the engine's per-token cost is measured against: greedy decoding of one input written directly on
 * ONNX Runtime's split-layout sessions (encoder, first step, steps with past; pad banned, stop at the end token or
 * the maximum length), with nothing else. {@link #greedy} is the plain loop, written as ONNX Runtime's Java
 * examples do it; {@link #greedyReusingBuffers} uses the same ONNX Runtime features as the engine (token and
 * logits tensors over direct buffers made once per call, the logits as a pinned output, only the needed outputs
 * asked for), so the engine's time over it is what the engine's own Java code costs. Not thread-safe; the caller
 * closes it.
 */
final class RawGreedyLoop implements AutoCloseable {

    private final OrtEnvironment env;
    private final OrtSession encoder;
    private final OrtSession first;
    private final OrtSession withPast;
    private final long start;
    private final long eos;
    private final long pad;
    private final int maxLength;
    private final int vocabulary;
    private final Set<String> firstOutputs;
    private final Set<String> withPastOutputs;
    private final List<String[]> crossLinks = new ArrayList<>();
    private final List<String[]> selfLinks = new ArrayList<>();

    RawGreedyLoop(Path folder) throws OrtException {
        try (Seq2SeqModel model = Seq2SeqModel.open(folder, EngineOptions.defaults())) {
            // Opening a model once starts ONNX Runtime on a thread with a large enough stack.
            start = model.config().decoderStartTokenId();
            eos = model.config().eosTokenId();
            pad = model.config().padTokenId();
            maxLength = model.generationDefaults().maxLength();
        }
        env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        encoder = env.createSession(folder.resolve("encoder_model.onnx").toString(), options);
        first = env.createSession(folder.resolve("decoder_model.onnx").toString(), options);
        withPast = env.createSession(folder.resolve("decoder_with_past_model.onnx").toString(), options);
        vocabulary = (int) ((TensorInfo) withPast.getOutputInfo().get("logits").getInfo()).getShape()[2];
        firstOutputs = new LinkedHashSet<>();
        for (String name : first.getOutputNames()) {
            if (name.startsWith("present.")) {
                firstOutputs.add(name);
                String[] link = {name, name.replace("present", "past_key_values")};
                (name.contains(".decoder.") ? selfLinks : crossLinks).add(link);
            }
        }
        withPastOutputs = new LinkedHashSet<>();
        selfLinks.forEach(link -> withPastOutputs.add(link[0]));
    }

    /** @return the longest output, start token included */
    int maxLength() {
        return maxLength;
    }

    /**
     * Decodes one input.
     *
     * @param output receives the generated ids (end token included); at least {@link #maxLength()} long
     * @return how many ids were generated
     */
    int greedy(long[] input, long[] output) throws OrtException {
        long[] mask = new long[input.length];
        Arrays.fill(mask, 1L);
        try (OnnxTensor ids = OnnxTensor.createTensor(env, new long[][]{input});
             OnnxTensor encoderMask = OnnxTensor.createTensor(env, new long[][]{mask});
             OrtSession.Result encoded = encoder.run(Map.of("input_ids", ids, "attention_mask", encoderMask))) {
            OnnxValue hidden = encoded.get("last_hidden_state").orElseThrow();
            OrtSession.Result firstStep = null;
            OrtSession.Result previous = null;
            long token = start;
            int length = 1;
            int generated = 0;
            try {
                while (length < maxLength) {
                    Map<String, OnnxTensorLike> inputs = new HashMap<>();
                    OnnxTensor next = OnnxTensor.createTensor(env, new long[][]{{token}});
                    inputs.put("input_ids", next);
                    inputs.put("encoder_attention_mask", encoderMask);
                    OrtSession.Result result;
                    if (firstStep == null) {
                        inputs.put("encoder_hidden_states", (OnnxTensor) hidden);
                        result = first.run(inputs);
                        firstStep = result;
                    } else {
                        for (Map.Entry<String, OnnxValue> out : firstStep) {
                            if (out.getKey().contains(".encoder.")) {
                                inputs.put(out.getKey().replace("present", "past_key_values"), (OnnxTensor) out.getValue());
                            }
                        }
                        for (Map.Entry<String, OnnxValue> out : previous == null ? firstStep : previous) {
                            if (out.getKey().contains(".decoder.")) {
                                inputs.put(out.getKey().replace("present", "past_key_values"), (OnnxTensor) out.getValue());
                            }
                        }
                        result = withPast.run(inputs);
                        if (previous != null) {
                            previous.close();
                        }
                        previous = result;
                    }
                    next.close();
                    float[] logits = ((float[][][]) result.get("logits").orElseThrow().getValue())[0][0];
                    token = bestToken(logits);
                    output[generated++] = token;
                    length++;
                    if (token == eos) {
                        break;
                    }
                }
            } finally {
                closeAll(previous, firstStep);
            }
            return generated;
        }
    }

    /** The same decoding as {@link #greedy}, with the ONNX Runtime features the engine uses. */
    int greedyReusingBuffers(long[] input, long[] output) throws OrtException {
        long[] mask = new long[input.length];
        Arrays.fill(mask, 1L);
        LongBuffer token = ByteBuffer.allocateDirect(Long.BYTES).order(ByteOrder.nativeOrder()).asLongBuffer();
        FloatBuffer logits = ByteBuffer.allocateDirect(vocabulary * Float.BYTES).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        float[] row = new float[vocabulary];
        try (OnnxTensor ids = OnnxTensor.createTensor(env, new long[][]{input});
             OnnxTensor encoderMask = OnnxTensor.createTensor(env, new long[][]{mask});
             OnnxTensor next = OnnxTensor.createTensor(env, token, new long[]{1, 1});
             OnnxTensor logitsTensor = OnnxTensor.createTensor(env, logits, new long[]{1, 1, vocabulary});
             OrtSession.Result encoded = encoder.run(Map.of("input_ids", ids, "attention_mask", encoderMask))) {
            Map<String, OnnxTensor> pinned = Map.of("logits", logitsTensor);
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", next);
            inputs.put("encoder_attention_mask", encoderMask);
            inputs.put("encoder_hidden_states", (OnnxTensor) encoded.get("last_hidden_state").orElseThrow());
            OrtSession.Result firstStep = null;
            OrtSession.Result previous = null;
            token.put(0, start);
            int length = 1;
            int generated = 0;
            try {
                while (length < maxLength) {
                    OrtSession.Result result;
                    if (firstStep == null) {
                        result = first.run(inputs, firstOutputs, pinned);
                        firstStep = result;
                        inputs.remove("encoder_hidden_states");
                        for (String[] link : crossLinks) {
                            inputs.put(link[1], (OnnxTensor) result.get(link[0]).orElseThrow());
                        }
                    } else {
                        result = withPast.run(inputs, withPastOutputs, pinned);
                        if (previous != null) {
                            previous.close();
                        }
                        previous = result;
                    }
                    for (String[] link : selfLinks) {
                        inputs.put(link[1], (OnnxTensor) result.get(link[0]).orElseThrow());
                    }
                    logits.get(0, row);
                    int best = bestToken(row);
                    token.put(0, best);
                    output[generated++] = best;
                    length++;
                    if (best == eos) {
                        break;
                    }
                }
            } finally {
                closeAll(previous, firstStep);
            }
            return generated;
        }
    }

    /** The most likely token with the pad token banned, as Marian's generation config asks. */
    private int bestToken(float[] logits) {
        logits[(int) pad] = Float.NEGATIVE_INFINITY;
        int best = 0;
        for (int i = 1; i < logits.length; i++) {
            if (logits[i] > logits[best]) {
                best = i;
            }
        }
        return best;
    }

    private static void closeAll(OrtSession.Result... results) {
        for (OrtSession.Result result : results) {
            if (result != null) {
                result.close();
            }
        }
    }

    @Override
    public void close() throws OrtException {
        encoder.close();
        first.close();
        withPast.close();
    }
}
