package io.newsdigest.nlp.figures;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A figure found in a text, normalized and traceable to its span.
 *
 * @param text the figure as written, equal to the text of {@code [start, end)}
 * @param start offset of the first character in the analyzed text
 * @param end offset after the last character
 * @param sentenceIndex index of the sentence that holds the figure
 * @param kind what the figure measures
 * @param value the normalized value (115000, 5.0E9); for dates the year
 * @param valueTo upper bound of a range; for a score the second side ("3:1" has value 3 and valueTo 1)
 * @param unit unit symbol for quantities, {@code %} or {@code pp} for percentages
 * @param currency ISO 4217 code for money
 * @param date ISO 8601 (partial) date for kind {@link FigureKind#DATE} ("2025-06", "--05-03" without a year, a span
 *     "2025/2026"), or a time of day for type {@link FigureType#TIME} ("T21:30", "T18:00/T20:00")
 * @param qualifier how the text qualifies the figure
 * @param estimated whether the sentence attributes the figure to an estimate or forecast
 * @param label the counted or measured thing
 * @param equivalent a conversion given in parentheses
 * @param mentions further mentions of the same figure
 * @param salience how key the figure is, in [0, 1]
 * @param type what the number is, in the inventory shared by both languages; only types that
 *     {@linkplain FigureType#keyFigure() may be key figures} reach a digest
 */
public record KeyFigure(String text, int start, int end, int sentenceIndex, FigureKind kind, double value,
                        OptionalDouble valueTo, Optional<String> unit, Optional<String> currency,
                        Optional<String> date, Qualifier qualifier, boolean estimated,
                        Optional<FigureLabel> label, Optional<FigureEquivalent> equivalent,
                        List<FigureMention> mentions, double salience, FigureType type) {

    public KeyFigure {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(qualifier, "qualifier");
        mentions = List.copyOf(mentions);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid figure span: start=" + start + " end=" + end);
        }
    }

    /**
     * A figure whose type follows from its kind, unit and date ({@link FigureType#COUNT} for a count, a
     * {@link FigureType#DURATION} for a quantity in a unit of time, ...): for code that builds figures itself.
     */
    public KeyFigure(String text, int start, int end, int sentenceIndex, FigureKind kind, double value,
                     OptionalDouble valueTo, Optional<String> unit, Optional<String> currency, Optional<String> date,
                     Qualifier qualifier, boolean estimated, Optional<FigureLabel> label,
                     Optional<FigureEquivalent> equivalent, List<FigureMention> mentions, double salience) {
        this(text, start, end, sentenceIndex, kind, value, valueTo, unit, currency, date, qualifier, estimated, label,
                equivalent, mentions, salience, FigureType.of(Objects.requireNonNull(kind, "kind"), unit, date));
    }

    /** @return a copy with the given salience */
    public KeyFigure withSalience(double newSalience) {
        return new KeyFigure(text, start, end, sentenceIndex, kind, value, valueTo, unit, currency, date, qualifier,
                estimated, label, equivalent, mentions, newSalience, type);
    }

    /** @return a copy of another type */
    KeyFigure withType(FigureType newType) {
        return new KeyFigure(text, start, end, sentenceIndex, kind, value, valueTo, unit, currency, date, qualifier,
                estimated, label, equivalent, mentions, salience, newType);
    }
}
