package io.newsdigest.nlp.summarize;

import java.util.OptionalInt;

/**
 * How long a summary may be.
 *
 * @param maxSentences at most this many sentences (at least 1)
 * @param maxCharacters optional character budget; sentences are never cut to meet it
 */
public record SummaryOptions(int maxSentences, OptionalInt maxCharacters) {
    public SummaryOptions {
        if (maxSentences < 1) {
            throw new IllegalArgumentException("maxSentences must be at least 1: " + maxSentences);
        }
        if (maxCharacters.isPresent() && maxCharacters.getAsInt() < 1) {
            throw new IllegalArgumentException("maxCharacters must be positive: " + maxCharacters.getAsInt());
        }
    }

    public static SummaryOptions sentences(int maxSentences) {
        return new SummaryOptions(maxSentences, OptionalInt.empty());
    }
}
