package io.newsdigest.nlp.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decoder state on the tiny Marian model, below the searches. */
class DecoderStateTest {

    /**
     * Both ways of reading the logits (written by ONNX Runtime into a tensor made once per generation, or taken
     * from a new output every step) must give the same floats; the models people install may not declare the
     * vocabulary size, and then only the second way is open.
     */
    @ParameterizedTest
    @EnumSource(value = EngineOptions.Layout.class, names = {"SPLIT", "MERGED"})
    void logitsWrittenInPlaceEqualLogitsReadFromNewOutputs(EngineOptions.Layout layout) throws OrtException {
        Path folder = TinyModels.byFamily("marian").orElse(null);
        Assumptions.assumeTrue(folder != null, "tiny Marian model not found under models/tiny/: skipping");
        long[] input = TinyModels.ids(TinyModels.reference(folder).path("greedy").path("cases").get(0)
                .path("input_ids"));
        long[] mask = new long[input.length];
        Arrays.fill(mask, 1L);
        EngineOptions options = EngineOptions.builder().layout(layout).build();
        ModelConfig config;
        try (Seq2SeqModel model = Seq2SeqModel.open(folder, options)) {
            config = model.config();
        }
        try (OnnxSessions sessions = OnnxSessions.open("tiny", ModelFiles.locate("tiny", folder, options), options);
             OnnxTensor ids = sessions.longTensor(new long[][]{input});
             OnnxTensor maskTensor = sessions.longTensor(new long[][]{mask});
             OrtSession.Result encoded = sessions.encode(ids, maskTensor);
             DecoderState pinned = state(sessions, encoded, maskTensor, config, true);
             DecoderState fresh = state(sessions, encoded, maskTensor, config, false)) {
            assertTrue(sessions.vocabulary > 0, "the tiny model declares its vocabulary size");
            long[] next = {config.decoderStartTokenId()};
            for (int step = 0; step < 6; step++) {
                float[] inPlace = pinned.step(next).clone();
                float[] fromOutputs = fresh.step(next);

                assertArrayEquals(fromOutputs, inPlace, "step " + step);
                next = new long[]{Scores.argmax(inPlace, 0, inPlace.length)};
            }
        }
    }

    private static DecoderState state(OnnxSessions sessions, OrtSession.Result encoded, OnnxTensor mask,
                                      ModelConfig config, boolean pinLogits) {
        return new DecoderState(sessions, OnnxSessions.hiddenState(encoded), mask, 1, true, config.decoderHeads(),
                config.headDim(), pinLogits);
    }
}
