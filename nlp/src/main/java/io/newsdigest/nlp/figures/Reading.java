package io.newsdigest.nlp.figures;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A number read by one of the typed readers (time of day, age, ordinal, code, ...) rather than as an amount.
 *
 * @param first index of its first token
 * @param last index after its last token
 * @param type what the number is
 * @param value its value: hours (21.5 for half past nine in the evening), an age, a rank, the first side of a
 *     score, a code's digits
 * @param valueTo the second side of a score or the upper bound of a span
 * @param unit the unit of an age or a duration ("year", "month", "day", ...)
 * @param date an ISO 8601 time of day ("T21:30") or (partial) date
 */
record Reading(int first, int last, FigureType type, double value, OptionalDouble valueTo, Optional<String> unit,
               Optional<String> date) {

    static Reading of(int first, int last, FigureType type, double value) {
        return new Reading(first, last, type, value, OptionalDouble.empty(), Optional.empty(), Optional.empty());
    }

    static Reading measured(int first, int last, FigureType type, double value, String unit) {
        return new Reading(first, last, type, value, OptionalDouble.empty(), Optional.of(unit), Optional.empty());
    }
}
