package io.newsdigest.nlp.figures;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads dates and years: "1. Juni 2025", "June 1, 2025", "Juni 2025", "01.06.2025", "2025–2026", and a bare year
 * where its neighbours say it is one ("seit 2022", "in 2022,"). Dates are kept as ISO 8601 (partial) dates so that
 * a year never becomes a figure of 2,025. Thread-safe and immutable.
 */
final class DateReader {

    /** A date found in a sentence; {@code date} is ISO 8601, a range is "2025/2026". */
    record DateMatch(int first, int last, String date, int year, Optional<Integer> yearTo) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februar", 2), Map.entry("february", 2), Map.entry("feb", 2), Map.entry("märz", 3),
            Map.entry("march", 3), Map.entry("mär", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("may", 5), Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("oktober", 10),
            Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("dezember", 12), Map.entry("december", 12), Map.entry("dez", 12),
            Map.entry("dec", 12));
    private static final Set<String> YEAR_CUES = Set.of("im", "in", "seit", "bis", "ab", "vor", "nach", "jahr",
            "jahres", "jahresende", "anfang", "ende", "mitte", "frühjahr", "sommer", "herbst", "winter", "von", "zum",
            "spätestens", "frühestens", "since", "by", "until", "from", "year", "early", "late", "mid", "before", "after", "during", "of", "fiscal");
    private static final Set<String> DEADLINE_WORDS = Set.of("bis", "by", "until", "till", "spätestens");
    /** Words between a deadline word and its date: "bis zum", "bis Ende", "by the end of". */
    private static final Set<String> DEADLINE_FILLERS = Set.of("zum", "zur", "ende", "mitte", "the", "end", "of", "mid");
    private static final Set<String> RANGE_WORDS = Set.of("-", "–", "—", "/", "~", "bis", "to", "till", "through");
    private static final Set<String> BETWEEN_WORDS = Set.of("und", "and");
    private static final Set<String> BETWEEN = Set.of("zwischen", "between");
    static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    private DateReader() {
    }

    /** @return a date that starts at token {@code index} (not a bare year: see {@link #bareYear}) */
    static Optional<DateMatch> at(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        if (token.is(Token.Type.NUMBER)) {
            return DayRanges.at(tokens, index).or(() -> dayFirst(tokens, index)).or(() -> yearRange(tokens, index))
                    .or(() -> decade(tokens, index));
        }
        return month(tokens, index).flatMap(month -> monthFirst(tokens, index, month));
    }

    /**
     * A number from 1900 to 2100 without unit or separator is a year when a cue precedes it ("seit 2022", "in
     * 2022"), when it counts nothing, or when it is no round number: "als sie 2012 Vorwürfe einräumte" puts a year
     * before the object, as German clauses do. "2000 Menschen" and "rund 1950 Soldaten" stay counts.
     *
     * @param counts whether a counted noun follows the number
     * @return a year on its own when the words around it say it is one
     */
    static Optional<DateMatch> bareYear(List<Token> tokens, int index, boolean counts) {
        Optional<Integer> year = year(tokens, index);
        if (year.isEmpty()) {
            return Optional.empty();
        }
        boolean cue = index > 0 && (YEAR_CUES.contains(tokens.get(index - 1).lower()) || noLaterThan(tokens, index - 1));
        boolean countLike = counts && (year.get() % 100 == 0 || CueWords.qualifier(tokens, index) != Qualifier.EXACT);
        return cue || !countLike
                ? Optional.of(new DateMatch(index, index + 1, String.valueOf(year.get()), year.get(), Optional.empty()))
                : Optional.empty();
    }

    /**
     * "bis 2028", "by 2028", "bis Ende 2028", "by the end of 2028": a deadline, the latest date something happens.
     *
     * @param first index of the date's first token
     * @return {@link Qualifier#UP_TO} when a deadline word precedes the date, else {@link Qualifier#EXACT}
     */
    static Qualifier bound(List<Token> tokens, int first) {
        for (int before = first - 1; before >= 0 && first - before <= 4; before--) {
            String word = tokens.get(before).lower();
            if (DEADLINE_WORDS.contains(word) || noLaterThan(tokens, before)) {
                return Qualifier.UP_TO;
            }
            if (!DEADLINE_FILLERS.contains(word)) {
                break;
            }
        }
        return Qualifier.EXACT;
    }

    /** "no later than", "not later than", ending at {@code than}. */
    private static boolean noLaterThan(List<Token> tokens, int than) {
        return than >= 2 && "than".equals(tokens.get(than).lower()) && "later".equals(tokens.get(than - 1).lower())
                && Set.of("no", "not").contains(tokens.get(than - 2).lower());
    }

    /** "1. Juni 2025", "1 June 2025", "3. Mai", "the 20th of July". */
    static Optional<DateMatch> dayFirst(List<Token> tokens, int index) {
        Optional<Integer> day = day(tokens.get(index));
        if (day.isEmpty()) {
            return Optional.empty();
        }
        int next = index + 1;
        boolean marked = next < tokens.size() && tokens.get(index).touches(tokens.get(next))
                && (tokens.get(next).isSymbol(".") || ORDINAL_SUFFIXES.contains(tokens.get(next).lower()));
        if (marked) {
            next++;
        }
        if (next + 1 < tokens.size() && "of".equals(tokens.get(next).lower())) {
            next++;
        }
        if (next >= tokens.size()) {
            return Optional.empty();
        }
        Optional<Integer> month = month(tokens, next);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        int afterMonth = skipDot(tokens, next + 1);
        return Optional.of(withYear(tokens, index, afterMonth, month.get(), day));
    }

    /** "Juni 2025", "June 1, 2025". */
    private static Optional<DateMatch> monthFirst(List<Token> tokens, int index, int month) {
        int next = skipDot(tokens, index + 1);
        if (next < tokens.size() && year(tokens, next).isEmpty()) {
            Optional<Integer> day = day(tokens.get(next));
            // A full stop after the day ends the sentence ("on May 19."), unless a German ordinal follows it.
            boolean dayEnds = next + 1 >= tokens.size() || !tokens.get(next + 1).isSymbol(".") || next + 2 >= tokens.size();
            if (day.isPresent() && dayEnds) {
                // "July 20th": the ordinal suffix belongs to the day.
                boolean suffix = next + 1 < tokens.size() && tokens.get(next).touches(tokens.get(next + 1))
                        && ORDINAL_SUFFIXES.contains(tokens.get(next + 1).lower());
                int dayEnd = suffix ? next + 2 : next + 1;
                int afterDay = dayEnd;
                if (afterDay < tokens.size() && tokens.get(afterDay).isSymbol(",")) {
                    afterDay++;
                }
                DateMatch match = withYear(tokens, index, afterDay, month, day);
                return Optional.of(match.date().startsWith("--") ? withLast(match, dayEnd) : match);
            }
        }
        if (next < tokens.size() && year(tokens, next).isPresent()) {
            int year = year(tokens, next).get();
            return Optional.of(new DateMatch(index, next + 1, "%04d-%02d".formatted(year, month), year,
                    Optional.empty()));
        }
        return Optional.empty();
    }

    private static DateMatch withLast(DateMatch match, int last) {
        return new DateMatch(match.first(), last, match.date(), match.year(), match.yearTo());
    }

    private static DateMatch withYear(List<Token> tokens, int first, int next, int month, Optional<Integer> day) {
        Optional<Integer> year = next < tokens.size() ? year(tokens, next) : Optional.empty();
        String dayPart = day.map(d -> "-%02d".formatted(d)).orElse("");
        if (year.isPresent()) {
            return new DateMatch(first, next + 1, "%04d-%02d".formatted(year.get(), month) + dayPart, year.get(),
                    Optional.empty());
        }
        return new DateMatch(first, next, "--%02d".formatted(month) + dayPart, 0, Optional.empty());
    }

    /** "the 1990s", "the 1990's", "die 1990er Jahre", "1980er-Jahre": a decade, as the span of its years. */
    private static Optional<DateMatch> decade(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        if (!digits(token.text(), 4, 4) || index + 1 >= tokens.size() || !token.touches(tokens.get(index + 1))) {
            return Optional.empty();
        }
        int suffix = index + 1;
        // "the 1960's": an apostrophe before the plural s, as many writers put it.
        if (tokens.get(suffix).isSymbol("'’") && suffix + 1 < tokens.size()
                && tokens.get(suffix).touches(tokens.get(suffix + 1))) {
            suffix++;
        }
        if (!Set.of("s", "er", "ern", "er-jahre", "er-jahren", "ers").contains(tokens.get(suffix).lower())) {
            return Optional.empty();
        }
        int from = Integer.parseInt(token.text());
        if (from % 10 != 0 || from < 1000) {
            return Optional.empty();
        }
        return Optional.of(new DateMatch(index, suffix + 1, from + "/" + (from + 9), from, Optional.of(from + 9)));
    }

    /** "2025–2026", "2025/26", "1981-87", "2020 bis 2025". */
    private static Optional<DateMatch> yearRange(List<Token> tokens, int index) {
        Optional<Integer> from = year(tokens, index);
        if (from.isEmpty() || index + 2 >= tokens.size()) {
            return Optional.empty();
        }
        String connector = tokens.get(index + 1).lower();
        boolean between = index > 0 && BETWEEN.contains(tokens.get(index - 1).lower());
        if (!RANGE_WORDS.contains(connector) && !(between && BETWEEN_WORDS.contains(connector))) {
            return Optional.empty();
        }
        Token second = tokens.get(index + 2);
        Optional<Integer> to = year(tokens, index + 2);
        if (to.isEmpty() && tokens.get(index + 1).isSymbol("/-–") && digits(second.text(), 2, 2)) {
            to = Optional.of(from.get() / 100 * 100 + Integer.parseInt(second.text()));
        }
        if (to.isEmpty() || to.get() <= from.get()) {
            return Optional.empty();
        }
        int start = index > 0 && Set.of("zwischen", "between", "von", "from").contains(tokens.get(index - 1).lower())
                ? index - 1 : index;
        return Optional.of(new DateMatch(start, index + 3, from.get() + "/" + to.get(), from.get(), to));
    }

    /** @return the names of months, lower case, at which {@link #at} may start a date */
    static Set<String> monthWords() {
        return MONTHS.keySet();
    }

    private static Optional<Integer> month(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        if (!token.capitalized()) {
            return Optional.empty();
        }
        return Optional.ofNullable(MONTHS.get(token.lower()));
    }

    private static int skipDot(List<Token> tokens, int index) {
        return index < tokens.size() && tokens.get(index).isSymbol(".") && tokens.get(index - 1).touches(tokens.get(index))
                && index + 1 < tokens.size() && tokens.get(index + 1).is(Token.Type.NUMBER) ? index + 1 : index;
    }

    static Optional<Integer> day(Token token) {
        if (!token.is(Token.Type.NUMBER) || !digits(token.text(), 1, 2)) {
            return Optional.empty();
        }
        int day = Integer.parseInt(token.text());
        return day >= 1 && day <= 31 ? Optional.of(day) : Optional.empty();
    }

    static Optional<Integer> year(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        if (!token.is(Token.Type.NUMBER) || !digits(token.text(), 4, 4)) {
            return Optional.empty();
        }
        int year = Integer.parseInt(token.text());
        boolean glued = index + 1 < tokens.size() && token.touches(tokens.get(index + 1))
                && tokens.get(index + 1).is(Token.Type.WORD);
        return year >= 1900 && year <= 2100 && !glued ? Optional.of(year) : Optional.empty();
    }

    /** @return whether the text is {@code min} to {@code max} ASCII digits; cheaper than a regex per token */
    private static boolean digits(String text, int min, int max) {
        if (text.length() < min || text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
