package io.newsdigest.nlp.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Hugging Face's logits processors for one generation, applied to one row of scores in Hugging Face's order:
 * repetition penalty, no-repeat n-grams, bad words, minimum length, forced BOS, forced EOS. Stateless.
 */
final class LogitsRules {

    private final GenerationConfig config;
    private final long eos;
    private final int maxLength;
    private final long[] bannedAlways;
    private final List<List<Long>> bannedAfterPrefix = new ArrayList<>();

    LogitsRules(GenerationConfig config, long eos) {
        this.config = config;
        this.eos = eos;
        this.maxLength = config.effectiveMaxLength();
        // Plain loops and arrays: the rules are made for every generation and applied at every step.
        long[] single = new long[config.badWordsIds().size()];
        int singles = 0;
        for (List<Long> word : config.badWordsIds()) {
            if (word.size() == 1) {
                single[singles++] = word.get(0);
            } else {
                bannedAfterPrefix.add(word);
            }
        }
        this.bannedAlways = Arrays.copyOf(single, singles);
    }

    /**
     * @param history the row's decoder ids so far, start token included
     * @param scores scores of all rows; this row's start at {@code offset}
     */
    void apply(long[] history, float[] scores, int offset, int vocab) {
        int length = history.length;
        if (config.repetitionPenalty() != 1.0) {
            penalizeRepetitions(history, scores, offset);
        }
        if (config.noRepeatNgramSize() > 0) {
            banRepeatedNgrams(history, scores, offset);
        }
        for (long token : bannedAlways) {
            ban(scores, offset, vocab, token);
        }
        for (List<Long> word : bannedAfterPrefix) {
            if (endsWith(history, word.subList(0, word.size() - 1))) {
                ban(scores, offset, vocab, word.get(word.size() - 1));
            }
        }
        if (length < config.minLength()) {
            ban(scores, offset, vocab, eos);
        }
        if (length == 1 && config.forcedBosTokenId().isPresent()) {
            force(scores, offset, vocab, config.forcedBosTokenId().getAsLong());
        }
        if (length == maxLength - 1 && config.forcedEosTokenId().isPresent()) {
            force(scores, offset, vocab, config.forcedEosTokenId().getAsLong());
        }
    }

    /** @return whether {@link #apply} forces a single token for a history of this length */
    boolean forces(int length) {
        return (length == 1 && config.forcedBosTokenId().isPresent())
                || (length == maxLength - 1 && config.forcedEosTokenId().isPresent());
    }

    private void penalizeRepetitions(long[] history, float[] scores, int offset) {
        Set<Long> seen = new HashSet<>();
        float penalty = (float) config.repetitionPenalty();
        for (long token : history) {
            if (seen.add(token)) {
                int at = offset + (int) token;
                scores[at] = scores[at] < 0 ? scores[at] * penalty : scores[at] / penalty;
            }
        }
    }

    private void banRepeatedNgrams(long[] history, float[] scores, int offset) {
        int n = config.noRepeatNgramSize();
        int length = history.length;
        if (length + 1 < n) {
            return;
        }
        // The n-1 last tokens may not be followed by any token that followed them before.
        for (int start = 0; start + n <= length; start++) {
            boolean same = true;
            for (int k = 0; k < n - 1 && same; k++) {
                same = history[start + k] == history[length - n + 1 + k];
            }
            if (same) {
                scores[offset + (int) history[start + n - 1]] = Float.NEGATIVE_INFINITY;
            }
        }
    }

    private static boolean endsWith(long[] history, List<Long> prefix) {
        if (prefix.size() > history.length) {
            return false;
        }
        int from = history.length - prefix.size();
        for (int i = 0; i < prefix.size(); i++) {
            if (history[from + i] != prefix.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static void ban(float[] scores, int offset, int vocab, long token) {
        if (token >= 0 && token < vocab) {
            scores[offset + (int) token] = Float.NEGATIVE_INFINITY;
        }
    }

    private static void force(float[] scores, int offset, int vocab, long token) {
        Arrays.fill(scores, offset, offset + vocab, Float.NEGATIVE_INFINITY);
        scores[offset + (int) token] = 0f;
    }
}
