package io.newsdigest.nlp.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Detects the language of a text.
 *
 * <p>Implementations are thread-safe and run on the caller's thread (no hidden thread pool). They answer
 * {@link LanguageGuess#UNDETERMINED_CODE} with a low confidence rather than guess when the text is too short or
 * ambiguous, and never throw on any input.
 */
public interface LanguageDetector {

    /** @return the most likely language of {@code text} with calibrated confidences */
    LanguageGuess detect(CharSequence text);

    /**
     * Detects several texts, such as the sentences of an article; implementations may do it in one pass.
     *
     * @return one guess per text, in order
     */
    default List<LanguageGuess> detectAll(List<? extends CharSequence> texts) {
        List<LanguageGuess> guesses = new ArrayList<>(texts.size());
        for (CharSequence text : texts) {
            guesses.add(detect(text));
        }
        return guesses;
    }
}
