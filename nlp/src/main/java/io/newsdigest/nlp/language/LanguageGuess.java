package io.newsdigest.nlp.language;

import java.util.List;
import java.util.Objects;

/**
 * The most likely language of a text, its confidence, the other candidates, best first, and who decided.
 *
 * @param code ISO 639-1 code, or {@link #UNDETERMINED_CODE} when the text is too short or too ambiguous
 * @param confidence calibrated probability in [0, 1]
 * @param candidates every candidate considered, best first (may be empty)
 * @param detector who decided: a detector's name ({@code lingua}, or the id of the ONNX model such as
 *                 {@code fasttext-lid-176}), {@link #GIVEN} when the caller named the language, empty when unknown
 */
public record LanguageGuess(String code, double confidence, List<LanguageScore> candidates, String detector) {

    /** The ISO 639-2 code for "undetermined". */
    public static final String UNDETERMINED_CODE = "und";

    /** {@link #detector()} of a language the caller named instead of having it detected. */
    public static final String GIVEN = "given";

    public LanguageGuess {
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(detector, "detector");
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    /** A guess that does not say who decided. */
    public LanguageGuess(String code, double confidence, List<LanguageScore> candidates) {
        this(code, confidence, candidates, "");
    }

    /** An undetermined guess with the given (low) confidence and candidates. */
    public static LanguageGuess undetermined(double confidence, List<LanguageScore> candidates) {
        return new LanguageGuess(UNDETERMINED_CODE, confidence, candidates);
    }

    public boolean isDetermined() {
        return !UNDETERMINED_CODE.equals(code);
    }

    /** @return this guess, credited to {@code name} */
    public LanguageGuess decidedBy(String name) {
        return new LanguageGuess(code, confidence, candidates, name);
    }
}
