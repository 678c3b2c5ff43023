package io.newsdigest.nlp.language;

/**
 * Detects the language of a text.
 *
 * <p>Implementations are thread-safe. They answer {@link LanguageGuess#UNDETERMINED_CODE} with a low confidence
 * rather than guess when the text is too short or ambiguous, and never throw on any input.
 */
public interface LanguageDetector {

    /** @return the most likely language of {@code text} with calibrated confidences */
    LanguageGuess detect(CharSequence text);
}
