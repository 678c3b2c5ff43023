package io.newsdigest.nlp.figures;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers written with digits and separators and no spaces: dates ("2025-06-01", "2025-06", "01.06.2025",
 * "1/6/2025": day first in German, month first in English unless the first part exceeds twelve), scores and votes
 * ("3:1", "17:21", "52-48": a pair whose first number is not smaller; a rising pair such as "10-15" is a range) and
 * codes (a slash run that is no date and no share: "24/7", "9/11", "10/1-11/2"), so that their parts never surface
 * as counts. A colon pair that is a time of day is read before, by {@link ClockTimes}. Stateless.
 */
final class NumericDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    /** "14:30", "3:1", "1:2:3": a time of day, a score or a ratio, none of them a figure. */
    private static final Pattern CLOCK_OR_SCORE = Pattern.compile("\\d{1,3}(?::\\d{1,3})+");
    private static final Pattern HYPHEN_PAIR = Pattern.compile("(\\d{1,3})-(\\d{1,3})");
    /** Words after which any hyphen pair is a result: "lost 1-2", "were defeated 0-2", "won 3-1". */
    private static final Set<String> RESULT_WORDS = Set.of("won", "lost", "beat", "drew", "defeated", "trailed",
            "led", "leads", "wins", "loses", "trails", "gewann", "verlor", "siegte", "unterlag");
    /** "1-222-2222", "0171-123-4567": three or more digit groups joined by hyphens, a phone number or code. */
    private static final Pattern PHONE = Pattern.compile("\\d+(?:-\\d+){2,}");
    private static final Pattern SLASHED_RUN = Pattern.compile("[\\d/-]*\\d/\\d[\\d/-]*");

    private NumericDates() {
    }

    /** @return the date, score or code written at {@code index} */
    static Optional<Reading> at(List<Token> tokens, int index, boolean german) {
        if (!tokens.get(index).is(Token.Type.NUMBER) || FractionPhrases.slashFraction(tokens, index).isPresent()) {
            // "3/4 der Mitglieder" is left to the number reader.
            return Optional.empty();
        }
        if (laterGroup(tokens, index)) {
            return plainGroup(tokens.get(index))
                    .map(value -> Reading.of(index, index + 1, FigureType.CODE, value));
        }
        int last = index + 1;
        StringBuilder run = new StringBuilder(tokens.get(index).text());
        while (last < tokens.size() && tokens.get(last - 1).touches(tokens.get(last))
                && (tokens.get(last).is(Token.Type.NUMBER) || tokens.get(last).isSymbol("-/:"))) {
            run.append(tokens.get(last).text());
            last++;
        }
        String text = run.toString();
        if (text.endsWith("-") || text.endsWith("/") || text.endsWith(":")) {
            text = text.substring(0, text.length() - 1);
            last--;
        }
        int end = last;
        boolean result = index > 0 && RESULT_WORDS.contains(tokens.get(index - 1).lower());
        return read(text, index, end, german, () -> result || !measured(tokens, index, end), result);
    }

    /** "-78-0 degrees": a signed or measured pair is a range, not a tally. */
    private static boolean measured(List<Token> tokens, int first, int last) {
        boolean signed = first > 0 && tokens.get(first - 1).isSymbol("-−")
                && tokens.get(first - 1).touches(tokens.get(first));
        return signed || last < tokens.size() && UnitLexicon.instance().after(tokens, last).isPresent();
    }

    private static Optional<Reading> read(String text, int first, int last, boolean german,
                                          BooleanSupplier mayBeTally, boolean result) {
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return date(first, last, iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dotted = DOTTED.matcher(text);
        if (dotted.matches()) {
            return date(first, last, dotted.group(3), dotted.group(2), dotted.group(1));
        }
        Matcher slashed = SLASHED.matcher(text);
        if (slashed.matches()) {
            int a = Integer.parseInt(slashed.group(1));
            boolean dayFirst = german || a > 12;
            return date(first, last, slashed.group(3), dayFirst ? slashed.group(2) : slashed.group(1),
                    dayFirst ? slashed.group(1) : slashed.group(2));
        }
        boolean colons = CLOCK_OR_SCORE.matcher(text).matches();
        boolean slashes = !colons && (SLASHED_RUN.matcher(text).matches() || PHONE.matcher(text).matches());
        boolean tally = !colons && !slashes && (tally(text) || result && HYPHEN_PAIR.matcher(text).matches())
                && mayBeTally.getAsBoolean();
        if (!colons && !slashes && !tally) {
            return Optional.empty();
        }
        String[] parts = text.split("[-/:]");
        double firstPart = Double.parseDouble(parts[0]);
        if ((colons || tally) && parts.length == 2) {
            return Optional.of(new Reading(first, last, FigureType.SCORE, firstPart,
                    OptionalDouble.of(Double.parseDouble(parts[1])), Optional.empty(), Optional.empty()));
        }
        // "24/7", "+1-222-2222/2222": each group of the run is a number of its own, a code's part.
        return Optional.of(Reading.of(first, first + 1, FigureType.CODE, firstPart));
    }

    /** @return whether the number continues a code run: "2222" in "222-2222/2222" */
    private static boolean laterGroup(List<Token> tokens, int index) {
        if (index < 2 || !tokens.get(index - 1).isSymbol("-/") || !tokens.get(index - 1).touches(tokens.get(index))
                || !tokens.get(index - 2).is(Token.Type.NUMBER) || !tokens.get(index - 2).touches(tokens.get(index - 1))) {
            return false;
        }
        // A later group of a code run: more separators before it ("1-222-2222") or a slash anywhere in the run.
        return tokens.get(index - 1).isSymbol("/") || index >= 4 && tokens.get(index - 3).isSymbol("-/")
                && tokens.get(index - 3).touches(tokens.get(index - 2));
    }

    private static Optional<Double> plainGroup(Token token) {
        String text = token.text();
        return !text.isEmpty() && text.length() <= 9 && text.chars().allMatch(c -> c >= '0' && c <= '9')
                ? Optional.of(Double.parseDouble(text)) : Optional.empty();
    }

    /** "52-48", "3-1": a vote or a score; a rising pair ("10-15") is a range and stays for the range reader. */
    private static boolean tally(String text) {
        Matcher pair = HYPHEN_PAIR.matcher(text);
        return pair.matches() && Integer.parseInt(pair.group(1)) >= Integer.parseInt(pair.group(2));
    }

    private static Optional<Reading> date(int first, int last, String year, String month, String day) {
        int y = Integer.parseInt(year);
        int m = Integer.parseInt(month);
        if (y < 1000 || m < 1 || m > 12) {
            return Optional.empty();
        }
        if (day == null) {
            return Optional.of(date(first, last, y, "%04d-%02d".formatted(y, m)));
        }
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return Optional.empty();
        }
        return Optional.of(date(first, last, y, "%04d-%02d-%02d".formatted(y, m, d)));
    }

    private static Reading date(int first, int last, int year, String iso) {
        return new Reading(first, last, FigureType.DATE, year, OptionalDouble.empty(), Optional.empty(),
                Optional.of(iso));
    }
}
