package io.newsdigest.nlp.onnx;

import java.util.List;

/**
 * One generated output.
 *
 * @param tokenIds the generated ids without the decoder start token, ending with end-of-sequence when finished
 * @param score log-probability divided by the output length raised to the length penalty (Hugging Face's
 *              {@code sequences_scores}); for greedy output, the same measure with the configured penalty
 * @param logProbability sum of the processed log-probabilities of the generated tokens
 * @param finished whether the output ended with end-of-sequence rather than at the length limit
 */
public record Hypothesis(List<Long> tokenIds, double score, double logProbability, boolean finished) {
    public Hypothesis {
        tokenIds = List.copyOf(tokenIds);
    }

    /** @return the ids as an array, for the tokenizer */
    public long[] ids() {
        return tokenIds.stream().mapToLong(Long::longValue).toArray();
    }
}
