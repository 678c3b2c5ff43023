package io.newsdigest.nlp.figures;

import java.util.Locale;

/** What a figure measures. */
public enum FigureKind {
    /** A number of things: 625 servers, 7 projects. */
    COUNT,
    /** An amount with a unit of measure: 480 MW, 12 km. */
    QUANTITY,
    /** An amount of money with an ISO 4217 currency. */
    MONEY,
    /** A percentage ({@code %}) or a change in percentage points ({@code pp}). */
    PERCENT,
    /** A date, month or year: never a count. */
    DATE,
    /** A span between two values: 20 to 25 percent, 2025–2026. */
    RANGE;

    /** @return the lower-case name used on the wire ({@code count}, {@code money}, ...) */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
