package io.newsdigest.nlp.figures;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Two days of one month, written once: a span ("vom 7. bis 9. Mai 2021", "7.–9. Mai", "from the 10th to the 12th
 * of September 2021", "10-12 September") read as one date range ("2021-05-07/2021-05-09"), or a choice or list
 * ("4. oder 5. September", "the 4th or 5th of September") whose first day takes the month and year of the second
 * and is read as a date of its own. Stateless.
 */
final class DayRanges {

    private static final Set<String> SPAN = Set.of("bis", "-", "–", "—", "to", "till", "until", "through");
    private static final Set<String> CHOICE = Set.of("oder", "or", "und", "and");
    private static final Set<String> BEFORE_SPAN = Set.of("vom", "von", "from", "zwischen", "between");

    private DayRanges() {
    }

    /** @return the span, or the first day of a choice, that starts at {@code index} */
    static Optional<DateReader.DateMatch> at(List<Token> tokens, int index) {
        Optional<Integer> first = DateReader.day(tokens.get(index));
        if (first.isEmpty()) {
            return Optional.empty();
        }
        int connector = index + 1;
        boolean marked = connector < tokens.size() && tokens.get(index).touches(tokens.get(connector))
                && (tokens.get(connector).isSymbol(".")
                || DateReader.ORDINAL_SUFFIXES.contains(tokens.get(connector).lower()));
        if (marked) {
            connector++;
        }
        if (connector + 1 >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(connector).lower();
        boolean span = SPAN.contains(word);
        if (!span && !CHOICE.contains(word)) {
            return Optional.empty();
        }
        int second = connector + 1;
        if ("the".equals(tokens.get(second).lower()) && second + 1 < tokens.size()) {
            second++;
        }
        Optional<DateReader.DateMatch> end = DateReader.dayFirst(tokens, second);
        if (end.isEmpty() || end.get().date().length() < "--MM-DD".length()) {
            return Optional.empty();
        }
        DateReader.DateMatch last = end.get();
        String date = last.date().substring(0, last.date().length() - 2) + "%02d".formatted(first.get());
        if (!span) {
            return Optional.of(new DateReader.DateMatch(index, connector, date, last.year(), Optional.empty()));
        }
        if (first.get() >= Integer.parseInt(last.date().substring(last.date().length() - 2))) {
            return Optional.empty();
        }
        int start = index > 0 && BEFORE_SPAN.contains(tokens.get(index - 1).lower()) ? index - 1 : index;
        return Optional.of(new DateReader.DateMatch(start, last.last(), date + "/" + last.date(), last.year(),
                Optional.of(last.year())));
    }
}
