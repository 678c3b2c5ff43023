package io.newsdigest.nlp.onnx;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How to decode, with the meaning Hugging Face {@code generate()} gives each field. Lengths count the decoder
 * start token, as Hugging Face does for encoder-decoder models.
 *
 * <p>A model's defaults come from its {@code config.json} and {@code generation_config.json}
 * ({@link Seq2SeqModel#generationDefaults()}); override single fields with {@link #toBuilder()}.
 *
 * @param maxLength longest output including the decoder start token
 * @param maxNewTokens when present, replaces {@code maxLength} by {@code 1 + maxNewTokens}
 * @param minLength end-of-sequence is banned while the output (with start token) is shorter than this
 * @param numBeams 1 for greedy search, more for beam search
 * @param lengthPenalty exponent of the length a beam hypothesis's log-probability is divided by
 * @param earlyStopping when beam search stops (Hugging Face {@code early_stopping})
 * @param numReturnSequences hypotheses returned per input, at most {@code numBeams}
 * @param noRepeatNgramSize no n-gram of this size occurs twice in an output; 0 disables
 * @param repetitionPenalty divides positive (multiplies negative) scores of tokens already generated; 1 disables
 * @param badWordsIds token sequences that are never generated (Marian bans its pad token)
 * @param forcedBosTokenId token forced right after the decoder start token (target language of M2M100/NLLB)
 * @param forcedEosTokenId token forced at the last position allowed by the maximum length
 */
public record GenerationConfig(int maxLength, OptionalInt maxNewTokens, int minLength, int numBeams,
                               double lengthPenalty, EarlyStopping earlyStopping, int numReturnSequences,
                               int noRepeatNgramSize, double repetitionPenalty, List<List<Long>> badWordsIds,
                               OptionalLong forcedBosTokenId, OptionalLong forcedEosTokenId) {

    public GenerationConfig {
        require(maxLength >= 2, "maxLength must be at least 2 (start token and one token): " + maxLength);
        require(maxNewTokens.isEmpty() || maxNewTokens.getAsInt() >= 1,
                "maxNewTokens must be at least 1: " + maxNewTokens);
        require(minLength >= 0, "minLength must not be negative: " + minLength);
        require(numBeams >= 1, "numBeams must be at least 1: " + numBeams);
        require(Double.isFinite(lengthPenalty), "lengthPenalty must be finite: " + lengthPenalty);
        require(earlyStopping != null, "earlyStopping must not be null");
        require(numReturnSequences >= 1 && numReturnSequences <= numBeams,
                "numReturnSequences must be between 1 and numBeams (" + numBeams + "): " + numReturnSequences);
        require(noRepeatNgramSize >= 0, "noRepeatNgramSize must not be negative: " + noRepeatNgramSize);
        require(repetitionPenalty > 0 && Double.isFinite(repetitionPenalty),
                "repetitionPenalty must be positive: " + repetitionPenalty);
        badWordsIds = badWordsIds.stream().map(List::copyOf).toList();
        require(badWordsIds.stream().noneMatch(List::isEmpty), "badWordsIds must not hold an empty sequence");
    }

    /** @return the longest output, start token included, after {@code maxNewTokens} is applied */
    public int effectiveMaxLength() {
        return maxNewTokens.isPresent() ? 1 + maxNewTokens.getAsInt() : maxLength;
    }

    /** @return Hugging Face's own defaults: greedy, max length 20, nothing banned or forced */
    public static GenerationConfig huggingFaceDefaults() {
        return new GenerationConfig(20, OptionalInt.empty(), 0, 1, 1.0, EarlyStopping.HEURISTIC, 1, 0, 1.0,
                List.of(), OptionalLong.empty(), OptionalLong.empty());
    }

    /** @return a builder holding these values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Hugging Face's {@code early_stopping}: {@code True}, {@code False} or {@code "never"}. */
    public enum EarlyStopping {
        /** {@code True}: stop as soon as {@code numBeams} hypotheses are finished. */
        WHEN_BEAMS_FINISHED,
        /** {@code False}: stop when no running beam can beat the worst finished one at the current length. */
        HEURISTIC,
        /** {@code "never"}: stop only when no running beam can beat it at any reachable length. */
        NEVER
    }

    /** Changes single fields; {@link #build()} validates. */
    public static final class Builder {
        private int maxLength;
        private OptionalInt maxNewTokens;
        private int minLength;
        private int numBeams;
        private double lengthPenalty;
        private EarlyStopping earlyStopping;
        private int numReturnSequences;
        private int noRepeatNgramSize;
        private double repetitionPenalty;
        private List<List<Long>> badWordsIds;
        private OptionalLong forcedBosTokenId;
        private OptionalLong forcedEosTokenId;

        private Builder(GenerationConfig from) {
            maxLength = from.maxLength;
            maxNewTokens = from.maxNewTokens;
            minLength = from.minLength;
            numBeams = from.numBeams;
            lengthPenalty = from.lengthPenalty;
            earlyStopping = from.earlyStopping;
            numReturnSequences = from.numReturnSequences;
            noRepeatNgramSize = from.noRepeatNgramSize;
            repetitionPenalty = from.repetitionPenalty;
            badWordsIds = from.badWordsIds;
            forcedBosTokenId = from.forcedBosTokenId;
            forcedEosTokenId = from.forcedEosTokenId;
        }

        public Builder maxLength(int value) { maxLength = value; return this; }
        public Builder maxNewTokens(int value) { maxNewTokens = OptionalInt.of(value); return this; }
        public Builder noMaxNewTokens() { maxNewTokens = OptionalInt.empty(); return this; }
        public Builder minLength(int value) { minLength = value; return this; }
        public Builder numBeams(int value) { numBeams = value; return this; }
        public Builder lengthPenalty(double value) { lengthPenalty = value; return this; }
        public Builder earlyStopping(EarlyStopping value) { earlyStopping = value; return this; }
        public Builder numReturnSequences(int value) { numReturnSequences = value; return this; }
        public Builder noRepeatNgramSize(int value) { noRepeatNgramSize = value; return this; }
        public Builder repetitionPenalty(double value) { repetitionPenalty = value; return this; }
        public Builder badWordsIds(List<List<Long>> value) { badWordsIds = value; return this; }
        public Builder forcedBosTokenId(long value) { forcedBosTokenId = OptionalLong.of(value); return this; }
        public Builder noForcedBosToken() { forcedBosTokenId = OptionalLong.empty(); return this; }
        public Builder forcedEosTokenId(long value) { forcedEosTokenId = OptionalLong.of(value); return this; }
        public Builder noForcedEosToken() { forcedEosTokenId = OptionalLong.empty(); return this; }

        public GenerationConfig build() {
            return new GenerationConfig(maxLength, maxNewTokens, minLength, numBeams, lengthPenalty, earlyStopping,
                    numReturnSequences, noRepeatNgramSize, repetitionPenalty, badWordsIds, forcedBosTokenId,
                    forcedEosTokenId);
        }
    }
}
