package io.newsdigest.nlp.onnx;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogitsRulesTest {

    private static final long EOS = 0;
    private static final int VOCAB = 6;

    private static GenerationConfig.Builder config() {
        return GenerationConfig.huggingFaceDefaults().toBuilder().maxLength(10);
    }

    private static float[] flat() {
        return new float[]{1f, 1f, 1f, 1f, 1f, 1f};
    }

    @Test
    void bansTheTokenThatWouldRepeatAnNgram() {
        float[] scores = flat();
        new LogitsRules(config().noRepeatNgramSize(2).build(), EOS).apply(new long[]{5, 2, 3, 2}, scores, 0, VOCAB);

        assertEquals(Float.NEGATIVE_INFINITY, scores[3]);
        assertEquals(1f, scores[4]);
    }

    @Test
    void penalizesRepeatedTokensOnBothSidesOfZero() {
        float[] scores = {2f, -2f, 1f, 1f, 1f, 1f};
        new LogitsRules(config().repetitionPenalty(2.0).build(), EOS).apply(new long[]{5, 0, 1, 1}, scores, 0, VOCAB);

        assertEquals(1f, scores[0]);
        assertEquals(-4f, scores[1]);
        assertEquals(1f, scores[2]);
    }

    @Test
    void bansSingleTokensAlwaysAndLongerWordsAfterTheirPrefix() {
        float[] scores = flat();
        GenerationConfig generation = config().badWordsIds(List.of(List.of(5L), List.of(2L, 3L))).build();
        new LogitsRules(generation, EOS).apply(new long[]{5, 2}, scores, 0, VOCAB);

        assertEquals(Float.NEGATIVE_INFINITY, scores[5]);
        assertEquals(Float.NEGATIVE_INFINITY, scores[3]);
        assertEquals(1f, scores[2]);
    }

    @Test
    void bansEndOfSequenceBelowTheMinimumLength() {
        float[] scores = flat();
        new LogitsRules(config().minLength(3).build(), EOS).apply(new long[]{5, 2}, scores, 0, VOCAB);

        assertEquals(Float.NEGATIVE_INFINITY, scores[0]);
    }

    @Test
    void forcesTheTargetLanguageTokenFirst() {
        float[] scores = flat();
        new LogitsRules(config().forcedBosTokenId(4).build(), EOS).apply(new long[]{5}, scores, 0, VOCAB);

        assertEquals(0f, scores[4]);
        assertEquals(Float.NEGATIVE_INFINITY, scores[1]);
    }

    @Test
    void forcesEndOfSequenceAtTheLastAllowedPosition() {
        float[] scores = flat();
        new LogitsRules(config().maxLength(4).forcedEosTokenId(EOS).build(), EOS)
                .apply(new long[]{5, 1, 2}, scores, 0, VOCAB);

        assertEquals(0f, scores[0]);
        for (int token = 1; token < VOCAB; token++) {
            assertEquals(Float.NEGATIVE_INFINITY, scores[token]);
        }
    }

    @Test
    void touchesOnlyTheRowItIsGiven() {
        float[] scores = new float[2 * VOCAB];
        java.util.Arrays.fill(scores, 1f);
        new LogitsRules(config().badWordsIds(List.of(List.of(5L))).build(), EOS).apply(new long[]{5}, scores, VOCAB, VOCAB);

        assertEquals(1f, scores[5]);
        assertTrue(Float.isInfinite(scores[VOCAB + 5]));
    }
}
