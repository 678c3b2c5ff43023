package io.newsdigest.nlp.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a time of day, the same in both languages: an hour with its minutes ("13 Uhr", "22.30 Uhr", "acht Uhr",
 * "9pm", "9.30 p.m.", "5 o'clock", "12:40h", "13h30") and a colon pair that a time word follows or a time
 * preposition precedes ("um 14:30", "at 22:30", "22:30 GMT"). A colon pair without such a word is a score
 * ("3:1", "17:21"), and a glued "h" without a preposition before it is a duration ("24h"). Two hours joined by a
 * span word are one span of time ("zwischen 18 und 20 Uhr", "6-8 p.m."). Stateless.
 */
final class ClockTimes {

    /** Words before a bare clock time ("gegen 13h", "at 22:30"). */
    private static final Set<String> PREPOSITIONS = Set.of("um", "gegen", "ab", "bis", "seit", "vor", "nach",
            "at", "around", "about", "by", "from", "until", "till", "before", "after", "since", "approximately");
    /** Time zones and the local time, which only follow a time of day. */
    private static final Set<String> ZONES = Set.of("gmt", "utc", "bst", "cet", "cest", "mez", "mesz", "et", "est",
            "edt", "pt", "pst", "pdt", "ortszeit");
    private static final int NOON = 12;
    private static final Set<String> HOUR_WORDS = Set.of("uhr", "o'clock", "o’clock");
    private static final Set<String> SPAN = Set.of("bis", "-", "–", "to", "until", "till");
    /** Parts of the day that place a bare hour: "at 6 in the morning", "um 8 am Abend". */
    private static final Set<String> MORNING = Set.of("morning", "morgens", "früh", "vormittag", "vormittags");
    private static final Set<String> LATER_DAY = Set.of("afternoon", "evening", "night", "tonight", "nachmittag",
            "nachmittags", "abend", "abends", "nacht", "nachts");
    /** Words that may stand between the hour and its part of the day, besides the days of the week. */
    private static final Set<String> DAY_FILLERS = Set.of("on", "in", "the", "this", "that", "at", "of", "am",
            "an", "der", "des", "dem", "diesem");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
            "sonntag");
    /** How many words after the hour the part of the day may stand: "before 6 on Sunday morning". */
    private static final int PART_OF_DAY_REACH = 4;

    private ClockTimes() {
    }

    /** The hour and minutes written at a token, and the index after them. */
    private record Clock(int hour, int minute, boolean minutesWritten, int next) {
    }

    /** @return the time of day starting at {@code index}, with its hours as value and "T21:30" as date */
    static Optional<Reading> at(List<Token> tokens, int index, NumberGrammar grammar) {
        Optional<Clock> clock = clock(tokens, index, grammar);
        if (clock.isEmpty()) {
            return Optional.empty();
        }
        Clock found = clock.get();
        int next = found.next();
        boolean preposition = index > 0 && PREPOSITIONS.contains(tokens.get(index - 1).lower());
        Optional<Reading> marked = marked(tokens, index, found, grammar);
        if (marked.isPresent()) {
            return marked;
        }
        boolean colon = found.next() - index == 3;
        boolean zone = next < tokens.size() && ZONES.contains(tokens.get(next).lower());
        if (colon && (preposition || zone)) {
            return Optional.of(time(index, zone ? next + 1 : next, found.hour(), found.minute()));
        }
        if (preposition && !colon) {
            Optional<Reading> partOfDay = partOfDay(tokens, index, found);
            if (partOfDay.isPresent()) {
                return partOfDay;
            }
        }
        return range(tokens, index, found, grammar);
    }

    /**
     * "before 6 on Sunday morning", "at 8 in the evening", "um 7 am Abend": an hour of the clock after a time
     * preposition, with a part of the day a few words on, where German would write "Uhr".
     */
    private static Optional<Reading> partOfDay(List<Token> tokens, int index, Clock clock) {
        if (clock.hour() < 1 || clock.hour() > NOON) {
            return Optional.empty();
        }
        for (int i = clock.next(); i < tokens.size() && i <= clock.next() + PART_OF_DAY_REACH; i++) {
            Token token = tokens.get(i);
            if (!token.is(Token.Type.WORD)) {
                return Optional.empty();
            }
            String word = token.lower();
            if (MORNING.contains(word)) {
                return Optional.of(time(index, clock.next(), clock.hour() % NOON, clock.minute()));
            }
            if (LATER_DAY.contains(word)) {
                int hour = "night".equals(word) || "nacht".equals(word) ? clock.hour() < 5 ? clock.hour()
                        : clock.hour() % NOON + NOON : clock.hour() % NOON + NOON;
                return Optional.of(time(index, clock.next(), hour, clock.minute()));
            }
            if (!DAY_FILLERS.contains(word) && !WEEKDAYS.contains(word)) {
                // Any other word ("at 5 percent on Tuesday evening") says what the number is.
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "zwischen 18 und 20 Uhr", "von 9 bis 17 Uhr", "6-8 p.m.": an hour before a span word takes its time word
     * from the time after it, and "p.m." for both when the first hour is before noon.
     */
    private static Optional<Reading> range(List<Token> tokens, int index, Clock from, NumberGrammar grammar) {
        int connector = from.next();
        if (connector + 1 >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(connector).lower();
        String before = index > 0 ? tokens.get(index - 1).lower() : "";
        boolean between = Set.of("zwischen", "between").contains(before) && Set.of("und", "and").contains(word);
        if (!between && !SPAN.contains(word)) {
            return Optional.empty();
        }
        Optional<Reading> to = at(tokens, connector + 1, grammar).filter(reading -> reading.valueTo().isEmpty());
        if (to.isEmpty()) {
            return Optional.empty();
        }
        double end = to.get().value();
        int hour = from.hour() < NOON && end >= NOON && from.hour() + NOON <= end ? from.hour() + NOON : from.hour();
        double start = hour + from.minute() / 60.0;
        if (start >= end) {
            return Optional.empty();
        }
        int first = Set.of("zwischen", "between", "von", "from").contains(before) ? index - 1 : index;
        String date = String.format(Locale.ROOT, "T%02d:%02d/", hour, from.minute()) + to.get().date().orElseThrow();
        return Optional.of(new Reading(first, to.get().last(), FigureType.TIME, start, OptionalDouble.of(end),
                Optional.empty(), Optional.of(date)));
    }

    /** "13 Uhr", "9pm", "9 p.m.", "5 o'clock", "13h", "12:40h": a time word after the number. */
    private static Optional<Reading> marked(List<Token> tokens, int index, Clock clock, NumberGrammar grammar) {
        int next = clock.next();
        if (next >= tokens.size()) {
            return Optional.empty();
        }
        Token word = tokens.get(next);
        String lower = word.lower();
        boolean glued = tokens.get(next - 1).touches(word);
        if ("uhr".equals(lower) || "o'clock".equals(lower) || "o’clock".equals(lower)) {
            int after = next + 1;
            int minute = clock.minute();
            // "13 Uhr 30": the minutes after the word.
            if (!clock.minutesWritten() && after < tokens.size() && minutes(tokens.get(after)).isPresent()) {
                minute = minutes(tokens.get(after)).getAsInt();
                after++;
            }
            return Optional.of(time(index, zoneAfter(tokens, after), clock.hour(), minute));
        }
        Optional<Meridiem> meridiem = meridiem(tokens, next, grammar);
        if (meridiem.isPresent() && clock.hour() >= 1 && clock.hour() <= NOON) {
            int hour = clock.hour() % NOON + (meridiem.get().afternoon() ? NOON : 0);
            return Optional.of(time(index, zoneAfter(tokens, next + meridiem.get().tokens()), hour, clock.minute()));
        }
        if (glued && lower.startsWith("h") && word.text().length() <= 3) {
            // "13h30", "12:40h", and "13h" after a preposition; "24h" alone is a day's length.
            OptionalInt minutes = lower.length() == 3 ? minutes(lower.substring(1)) : OptionalInt.empty();
            boolean preposition = index > 0 && PREPOSITIONS.contains(tokens.get(index - 1).lower());
            // "(18h)" after a date: a time set apart in parentheses, as German writes "(18 Uhr)".
            boolean parenthesized = index > 0 && tokens.get(index - 1).isSymbol("(") && next + 1 < tokens.size()
                    && tokens.get(next + 1).isSymbol(")");
            if (minutes.isPresent() || lower.length() == 1 && (clock.minutesWritten() || preposition || parenthesized)) {
                return Optional.of(time(index, next + 1, clock.hour(), minutes.orElse(clock.minute())));
            }
        }
        return Optional.empty();
    }

    /** "am", "p.m.": which half of the day, and how many tokens the mark takes. */
    private record Meridiem(boolean afternoon, int tokens) {
    }

    /** @return "am"/"a.m." or "pm"/"p.m." at {@code index}; "am" only in English, where it is no preposition */
    private static Optional<Meridiem> meridiem(List<Token> tokens, int index, NumberGrammar grammar) {
        String word = tokens.get(index).lower();
        boolean english = "en".equals(grammar.language());
        if ("pm".equals(word) || english && "am".equals(word)) {
            return Optional.of(new Meridiem("pm".equals(word), 1));
        }
        // "p.m." is cut into "p", ".", "m", "."
        if (index + 2 < tokens.size() && ("p".equals(word) || "a".equals(word) && english)
                && tokens.get(index + 1).isSymbol(".") && "m".equals(tokens.get(index + 2).lower())
                && tokens.get(index).touches(tokens.get(index + 1))) {
            int length = index + 3 < tokens.size() && tokens.get(index + 3).isSymbol(".")
                    && tokens.get(index + 2).touches(tokens.get(index + 3)) ? 4 : 3;
            return Optional.of(new Meridiem("p".equals(word), length));
        }
        return Optional.empty();
    }

    private static int zoneAfter(List<Token> tokens, int index) {
        return index < tokens.size() && ZONES.contains(tokens.get(index).lower()) ? index + 1 : index;
    }

    /** "13", "22.30", "22,30", "22:30", "acht": an hour with or without its minutes. */
    private static Optional<Clock> clock(List<Token> tokens, int index, NumberGrammar grammar) {
        Token token = tokens.get(index);
        if (token.is(Token.Type.WORD)) {
            // "acht Uhr", "eight o'clock": a spelled hour only before its time word.
            boolean marked = index + 1 < tokens.size() && HOUR_WORDS.contains(tokens.get(index + 1).lower());
            return marked ? grammar.spelled(token.lower()).flatMap(ClockTimes::hour)
                    .map(hour -> new Clock(hour, 0, false, index + 1)) : Optional.empty();
        }
        if (!token.is(Token.Type.NUMBER)) {
            return Optional.empty();
        }
        String text = token.text();
        int mark = Math.max(text.indexOf('.'), text.indexOf(','));
        if (mark > 0) {
            OptionalInt minute = minutes(text.substring(mark + 1));
            Optional<Integer> hour = hour(text.substring(0, mark));
            return hour.isPresent() && minute.isPresent() && text.indexOf(text.charAt(mark), mark + 1) < 0
                    ? Optional.of(new Clock(hour.get(), minute.getAsInt(), true, index + 1)) : Optional.empty();
        }
        Optional<Integer> hour = hour(text);
        if (hour.isEmpty()) {
            return Optional.empty();
        }
        boolean colon = index + 2 < tokens.size() && tokens.get(index + 1).isSymbol(":")
                && token.touches(tokens.get(index + 1)) && tokens.get(index + 1).touches(tokens.get(index + 2));
        if (colon) {
            OptionalInt minute = minutes(tokens.get(index + 2));
            boolean third = index + 3 < tokens.size() && tokens.get(index + 3).isSymbol(":")
                    && tokens.get(index + 2).touches(tokens.get(index + 3));
            return minute.isPresent() && !third
                    ? Optional.of(new Clock(hour.get(), minute.getAsInt(), true, index + 3)) : Optional.empty();
        }
        return Optional.of(new Clock(hour.get(), 0, false, index + 1));
    }

    private static Optional<Integer> hour(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0 && value.signum() >= 0 && value.intValue() <= 24
                ? Optional.of(value.intValue()) : Optional.empty();
    }

    private static Optional<Integer> hour(String digits) {
        if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(digits);
        return hour <= 24 ? Optional.of(hour) : Optional.empty();
    }

    private static OptionalInt minutes(Token token) {
        return token.is(Token.Type.NUMBER) ? minutes(token.text()) : OptionalInt.empty();
    }

    /** Exactly two digits below 60. */
    private static OptionalInt minutes(String digits) {
        if (digits.length() != 2 || !digits.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        int minute = Integer.parseInt(digits);
        return minute < 60 ? OptionalInt.of(minute) : OptionalInt.empty();
    }

    private static Reading time(int first, int last, int hour, int minute) {
        return new Reading(first, last, FigureType.TIME, hour + minute / 60.0, OptionalDouble.empty(),
                Optional.empty(), Optional.of(String.format(Locale.ROOT, "T%02d:%02d", hour, minute)));
    }
}
