package io.newsdigest.nlp.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a number in a language's format, with a scale word when the number is a round multiple of one
 * ("5 billion" / "5 Milliarden", "1,5 Millionen"); never the false friend: 10^9 is "Milliarde(n)" in German and
 * "billion" in English. Numbers that would lose digits under a scale word are written in full, unless
 * they are repeating fractions that lose digits either way ("6.667 million"). Stateless.
 */
final class NumberWriter {

    private static final String[][] ENGLISH = {{"trillion", "trillion"}, {"billion", "billion"}, {"million", "million"}};
    private static final String[][] GERMAN = {{"Billion", "Billionen"}, {"Milliarde", "Milliarden"},
            {"Million", "Millionen"}};
    private static final double[] SCALES = {1e12, 1e9, 1e6};
    private static final int MAX_FRACTION_DIGITS = 6;
    private static final String[] FRACTION_COUNTS_EN = {"one", "two", "three", "four"};
    private static final String[] FRACTION_COUNTS_DE = {"ein", "zwei", "drei", "vier"};
    private static final String[] FRACTION_PARTS_EN = {"third", "quarter", "fifth"};
    private static final String[] FRACTION_PARTS_DE = {"Drittel", "Viertel", "Fünftel"};

    private NumberWriter() {
    }

    static String write(double value, String language) {
        boolean german = "de".equals(language);
        for (int i = 0; i < SCALES.length; i++) {
            if (Math.abs(value) >= SCALES[i]) {
                BigDecimal mantissa = BigDecimal.valueOf(value).divide(BigDecimal.valueOf(SCALES[i]));
                if (mantissa.stripTrailingZeros().scale() > 3) {
                    if (BigDecimal.valueOf(value).stripTrailingZeros().scale() <= MAX_FRACTION_DIGITS) {
                        break;
                    }
                    // Written in full it would be cut anyway ("sechs und zwei Drittel Millionen"): cut it readably.
                    mantissa = mantissa.setScale(3, RoundingMode.HALF_UP);
                }
                boolean one = mantissa.compareTo(BigDecimal.ONE) == 0;
                String[] words = german ? GERMAN[i] : ENGLISH[i];
                return plain(mantissa.doubleValue(), german) + " " + (one ? words[0] : words[1]);
            }
        }
        return plain(value, german);
    }

    /** Money below a million keeps its cents: "12.50 euros", not "12.5 euros". */
    static String money(double value, String language) {
        boolean cents = Math.abs(value) < SCALES[SCALES.length - 1] && value != Math.rint(value);
        if (!cents) {
            return write(value, language);
        }
        NumberFormat format = NumberFormat.getNumberInstance("de".equals(language) ? Locale.GERMANY : Locale.US);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(MAX_FRACTION_DIGITS);
        return format.format(value);
    }

    /** "5 to 6 billion" / "5 bis 6 Milliarden" when both ends share a scale word, else both written in full. */
    static String range(double from, double to, String language) {
        boolean german = "de".equals(language);
        String separator = german ? " bis " : " to ";
        for (int i = 0; i < SCALES.length; i++) {
            if (Math.abs(to) >= SCALES[i]) {
                BigDecimal low = BigDecimal.valueOf(from).divide(BigDecimal.valueOf(SCALES[i]));
                BigDecimal high = BigDecimal.valueOf(to).divide(BigDecimal.valueOf(SCALES[i]));
                boolean shared = Math.abs(from) >= SCALES[i] && low.stripTrailingZeros().scale() <= 3
                        && high.stripTrailingZeros().scale() <= 3;
                if (shared) {
                    String word = german ? GERMAN[i][1] : ENGLISH[i][1];
                    return plain(low.doubleValue(), german) + separator + plain(high.doubleValue(), german) + " " + word;
                }
                break;
            }
        }
        return write(from, language) + separator + write(to, language);
    }

    /**
     * A proper fraction with a denominator up to ten, as news write it: "half" / "die Hälfte", "two thirds" /
     * "zwei Drittel", "one quarter" / "ein Viertel", "two fifths" / "zwei Fünftel", else with a slash ("3/8"). Empty for any other value.
     */
    static Optional<String> fraction(double value, String language) {
        if (!(value > 0 && value < 1)) {
            return Optional.empty();
        }
        for (int bottom = 2; bottom <= 10; bottom++) {
            long top = Math.round(value * bottom);
            if (top >= 1 && Math.abs(value - (double) top / bottom) < 1e-9 && NumberGrammar.properFraction((int) top, bottom)) {
                return Optional.of(fractionWords((int) top, bottom, "de".equals(language)));
            }
        }
        return Optional.empty();
    }

    /**
     * "1 in 5" / "1 von 5": a share as a ratio of whole numbers up to a thousand, over {@code denominator} when it
     * fits ("4 in 10", not "2 in 5"); empty for any other value.
     */
    static Optional<String> ratio(double value, int denominator, String language) {
        String connector = "de".equals(language) ? " von " : " in ";
        if (denominator > 1 && Math.abs(value * denominator - Math.rint(value * denominator)) < 1e-9) {
            return Optional.of(Math.round(value * denominator) + connector + denominator);
        }
        for (int bottom = 2; bottom <= 1_000 && value > 0 && value < 1; bottom++) {
            long top = Math.round(value * bottom);
            if (top >= 1 && Math.abs(value - (double) top / bottom) < 1e-9) {
                return Optional.of(top + connector + bottom);
            }
        }
        return Optional.empty();
    }

    private static String fractionWords(int top, int bottom, boolean german) {
        if (bottom == 2) {
            return german ? "die Hälfte" : "half";
        }
        if (bottom < 3 || bottom > 5 || top > 4) {
            return top + "/" + bottom;
        }
        String count = (german ? FRACTION_COUNTS_DE : FRACTION_COUNTS_EN)[top - 1];
        String part = german ? FRACTION_PARTS_DE[bottom - 3] : FRACTION_PARTS_EN[bottom - 3] + (top > 1 ? "s" : "");
        return count + " " + part;
    }

    static String plain(double value, boolean german) {
        NumberFormat format = NumberFormat.getNumberInstance(german ? Locale.GERMANY : Locale.US);
        format.setMaximumFractionDigits(MAX_FRACTION_DIGITS);
        format.setGroupingUsed(true);
        return format.format(value);
    }
}
