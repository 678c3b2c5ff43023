package io.newsdigest.nlp.figures;

import java.util.Locale;
import java.util.Optional;

/**
 * What a number in a text is, in one inventory for German and English: every number the extractor reads gets
 * exactly one type, and the same sentence in either language yields the same types. Whether a number can be a key
 * figure is decided by its type alone ({@link #keyFigure()}), one rule per type, the same in both languages.
 *
 * <p>{@link FigureKind} stays the coarse shape of a key figure (its API field {@code kind}); the type says more:
 * a duration or an age is a {@link FigureKind#QUANTITY} in years, days or hours, and the readings that are never
 * key figures (times of day, ordinals, scores, codes) have the kind closest to their shape.
 */
public enum FigureType {
    /** A number of things: "625 Server", "seven coworkers", "nur ein Spiel". */
    COUNT(true),
    /** An amount of money with its currency. */
    MONEY(true),
    /** A percentage or a change in percentage points. */
    PERCENT(true),
    /** An amount in a unit of measure that is not time: "480 MW", "12 km", "35 Grad". */
    QUANTITY(true),
    /** A span between two values that are not dates: "20 bis 25 Prozent", "between 5 and 7 million". */
    RANGE(true),
    /** A year, month or day, or a span of years: "im Juni 2025", "on 3 May", "2025–2026". */
    DATE(true),
    /** A length of time: "drei Jahre Haft", "for 48 hours". */
    DURATION(true),
    /** How old someone or something is: "der 23-Jährige", "a 44-year-old driver", "aged 67". */
    AGE(true),
    /** A time of day: "gegen 13 Uhr", "um 22.30 Uhr", "at 9.30pm", "22:30". Never a key figure. */
    TIME(false),
    /** An ordinal or a rank: "der 4. Platz", "fourth", "in der 84. Minute", "(84.)". Never a key figure. */
    ORDINAL(false),
    /** A score or result: "3:1", "won 2-1", "52-48". Never a key figure. */
    SCORE(false),
    /** A number that names rather than counts: "Linie 7", "Boeing 737", "H100", "Covid-19". Never a key figure. */
    CODE(false);

    private final boolean keyFigure;

    FigureType(boolean keyFigure) {
        this.keyFigure = keyFigure;
    }

    /** @return whether a number of this type may be a key figure: counts and measures yes, labels of order no */
    public boolean keyFigure() {
        return keyFigure;
    }

    /** @return the lower-case name used on the wire ({@code count}, {@code time}, ...) */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type a figure built from its kind alone most likely has, for code that builds a {@link KeyFigure} without
     * one: a date range is a date, a quantity in a unit of time a duration.
     */
    static FigureType of(FigureKind kind, Optional<String> unit, Optional<String> date) {
        return switch (kind) {
            case COUNT -> COUNT;
            case MONEY -> MONEY;
            case PERCENT -> PERCENT;
            case DATE -> DATE;
            case RANGE -> date.isPresent() ? DATE : RANGE;
            case QUANTITY -> unit.filter(UnitLexicon::timeUnit).isPresent() ? DURATION : QUANTITY;
        };
    }
}
