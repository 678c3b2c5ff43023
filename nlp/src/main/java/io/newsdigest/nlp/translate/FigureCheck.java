package io.newsdigest.nlp.translate;

import io.newsdigest.nlp.figures.KeyFigure;

import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link FigureGuard} found for one figure of a translated or generated sentence.
 *
 * @param outcome matched, repaired, or one of the failures
 * @param source the source figure, when one was involved
 * @param output the figure as it stood in the output, when the extractor read one there
 * @param replacement the text written over the output figure, for {@link Outcome#REPAIRED}
 * @param message one sentence saying what was done, for the response
 * @param figure the figure as written in the output (the source's, for {@link Outcome#MISSING}); a number the
 *               extractor does not read as a figure ("H200") has no {@code output} but is named here
 */
public record FigureCheck(Outcome outcome, Optional<KeyFigure> source, Optional<KeyFigure> output,
                          Optional<String> replacement, String message, String figure) {

    public FigureCheck {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(figure, "figure");
    }

    /** A check naming the output figure, or the source figure when there is no output. */
    public FigureCheck(Outcome outcome, Optional<KeyFigure> source, Optional<KeyFigure> output,
                       Optional<String> replacement, String message) {
        this(outcome, source, output, replacement, message,
                output.or(() -> source).map(KeyFigure::text).orElse(""));
    }

    /** What happened to one figure. */
    public enum Outcome {
        /** The output states the source figure (value, unit, currency, qualifier). */
        MATCHED,
        /** The output misstated the figure and it was re-rendered from the unambiguous source figure. */
        REPAIRED,
        /** A source figure has no counterpart in the output. */
        MISSING,
        /** An output figure has no counterpart in the source. */
        UNEXPECTED,
        /** An output figure differs from the source and no single source figure could replace it. */
        MISMATCHED;

        /** @return whether the sentence can be trusted after this outcome */
        public boolean trustworthy() {
            return this == MATCHED || this == REPAIRED;
        }

        /** @return whether the output states a figure the source does not back (the sentence must not stand) */
        public boolean unbacked() {
            return this == UNEXPECTED || this == MISMATCHED;
        }
    }
}
