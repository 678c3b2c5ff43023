package io.newsdigest.nlp.language;

import java.util.List;

/**
 * The most likely language of a text, its confidence and the other candidates, best first.
 *
 * @param code ISO 639-1 code, or {@link #UNDETERMINED_CODE} when the text is too short or too ambiguous
 * @param confidence calibrated probability in [0, 1]
 * @param candidates every candidate considered, best first (may be empty)
 */
public record LanguageGuess(String code, double confidence, List<LanguageScore> candidates) {

    /** The ISO 639-2 code for "undetermined". */
    public static final String UNDETERMINED_CODE = "und";

    public LanguageGuess {
        candidates = List.copyOf(candidates);
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    /** An undetermined guess with the given (low) confidence and candidates. */
    public static LanguageGuess undetermined(double confidence, List<LanguageScore> candidates) {
        return new LanguageGuess(UNDETERMINED_CODE, confidence, candidates);
    }

    public boolean isDetermined() {
        return !UNDETERMINED_CODE.equals(code);
    }
}
