package io.newsdigest.nlp.figures;

import java.util.List;

/**
 * Decides whether the word for one ("one", "eins", a German article form) counts something where it stands. The
 * extractor uses {@link SpelledOne}'s rules; the seam lets an evaluation put a trained part-of-speech model in
 * their place and measure the difference (see {@code docs/figures.md}). Implementations are thread-safe.
 */
@FunctionalInterface
interface OneReading {

    /** The rules of {@link SpelledOne}. */
    OneReading RULES = SpelledOne::counts;

    /**
     * @param tokens the sentence
     * @param index the token of the word for one
     * @param afterUnit the index after the word, where a unit may follow
     * @param grammar the number grammar of the sentence's language
     * @return whether the word is a count of one
     */
    boolean counts(List<Token> tokens, int index, int afterUnit, NumberGrammar grammar);
}
