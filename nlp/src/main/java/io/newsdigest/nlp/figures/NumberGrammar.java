package io.newsdigest.nlp.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The number grammar of one language: digit groups and decimal marks, scale words and abbreviations, fractions and
 * articles that start a spelled-out number.
 *
 * <p>German writes {@code 115.000} and {@code 1,5}, English {@code 115,000} and {@code 4.2}. A single mark followed by
 * exactly three digits ("2.804") is read as the language's grouping when the mark is the language's group mark, else
 * as a decimal. Apostrophes and no-break spaces always group ("100'000"). German "Billion" is 10^12, English
 * "billion" 10^9. Thread-safe and immutable.
 */
final class NumberGrammar {

    private static final Map<String, BigDecimal> GERMAN_SCALES = Map.ofEntries(
            Map.entry("hundert", BigDecimal.valueOf(100)), Map.entry("dutzend", BigDecimal.valueOf(12)),
            Map.entry("tausend", BigDecimal.valueOf(1_000)), Map.entry("tsd", BigDecimal.valueOf(1_000)),
            Map.entry("mio", BigDecimal.valueOf(1_000_000)), Map.entry("million", BigDecimal.valueOf(1_000_000)),
            Map.entry("millionen", BigDecimal.valueOf(1_000_000)), Map.entry("mrd", BigDecimal.TEN.pow(9)),
            Map.entry("milliarde", BigDecimal.TEN.pow(9)), Map.entry("milliarden", BigDecimal.TEN.pow(9)),
            Map.entry("bio", BigDecimal.TEN.pow(12)), Map.entry("billion", BigDecimal.TEN.pow(12)),
            Map.entry("billionen", BigDecimal.TEN.pow(12)), Map.entry("billiarde", BigDecimal.TEN.pow(15)),
            Map.entry("billiarden", BigDecimal.TEN.pow(15)),
            // Indian news is quoted in German with its own scale words.
            Map.entry("lakh", BigDecimal.valueOf(100_000)), Map.entry("crore", BigDecimal.valueOf(10_000_000)));
    private static final Map<String, BigDecimal> ENGLISH_SCALES = Map.ofEntries(
            Map.entry("hundred", BigDecimal.valueOf(100)), Map.entry("dozen", BigDecimal.valueOf(12)),
            Map.entry("dozens", BigDecimal.valueOf(12)), Map.entry("lakh", BigDecimal.valueOf(100_000)),
            Map.entry("crore", BigDecimal.valueOf(10_000_000)),
            Map.entry("dzs", BigDecimal.valueOf(12)), Map.entry("thousand", BigDecimal.valueOf(1_000)),
            Map.entry("million", BigDecimal.valueOf(1_000_000)), Map.entry("millions", BigDecimal.valueOf(1_000_000)),
            Map.entry("mn", BigDecimal.valueOf(1_000_000)), Map.entry("mln", BigDecimal.valueOf(1_000_000)),
            Map.entry("billion", BigDecimal.TEN.pow(9)), Map.entry("bn", BigDecimal.TEN.pow(9)),
            Map.entry("bln", BigDecimal.TEN.pow(9)), Map.entry("trillion", BigDecimal.TEN.pow(12)),
            Map.entry("tn", BigDecimal.TEN.pow(12)));
    /** Scales written right after the digits ("5bn", "3k", "2mil"); "m" and "b" only after a currency sign ("$5m"). */
    private static final Map<String, BigDecimal> SUFFIX_SCALES = Map.of(
            "k", BigDecimal.valueOf(1_000), "bn", BigDecimal.TEN.pow(9), "mn", BigDecimal.valueOf(1_000_000),
            "mil", BigDecimal.valueOf(1_000_000),
            "b", BigDecimal.TEN.pow(9), "tn", BigDecimal.TEN.pow(12));
    private static final Set<String> GERMAN_ABBREVIATIONS = Set.of("tsd", "mio", "mrd", "bio");
    private static final Map<String, BigDecimal> GERMAN_FRACTIONS = fractions(Map.ofEntries(Map.entry("halb", 2),
            Map.entry("halbe", 2), Map.entry("halben", 2), Map.entry("halbes", 2), Map.entry("drittel", 3),
            Map.entry("viertel", 4), Map.entry("fünftel", 5), Map.entry("sechstel", 6), Map.entry("siebtel", 7),
            Map.entry("achtel", 8), Map.entry("neuntel", 9), Map.entry("zehntel", 10)));
    private static final Map<String, BigDecimal> ENGLISH_FRACTIONS = fractions(Map.ofEntries(Map.entry("half", 2),
            Map.entry("third", 3), Map.entry("thirds", 3), Map.entry("quarter", 4), Map.entry("quarters", 4),
            Map.entry("fourth", 4), Map.entry("fourths", 4), Map.entry("fifth", 5), Map.entry("fifths", 5),
            Map.entry("sixth", 6), Map.entry("sixths", 6), Map.entry("seventh", 7), Map.entry("sevenths", 7),
            Map.entry("eighth", 8), Map.entry("eighths", 8), Map.entry("ninth", 9), Map.entry("ninths", 9),
            Map.entry("tenth", 10), Map.entry("tenths", 10)));
    /** Unicode vulgar fractions, as numerator and denominator. */
    private static final Map<Character, BigDecimal> VULGAR_FRACTIONS = vulgarFractions(
            "½12⅓13⅔23¼14¾34⅕15⅖25⅗35⅘45⅙16⅚56⅛18⅜38⅝58⅞78");
    private static final Set<String> GERMAN_ARTICLES = Set.of("ein", "eine", "einen", "einem", "einer", "eines");
    private static final Set<String> ENGLISH_ARTICLES = Set.of("a", "an");

    private static final Pattern GROUP_MARKS = Pattern.compile("[.,'’ \\u00A0\\u202F]");

    private final String language;
    private final char decimalMark;
    private final char groupMark;
    private final Map<String, BigDecimal> scales;
    private final Map<String, BigDecimal> fractions;
    private final Set<String> articles;
    private final SpelledNumbers spelled;

    private NumberGrammar(String language) {
        boolean german = "de".equals(language);
        this.language = german ? "de" : "en";
        this.decimalMark = german ? ',' : '.';
        this.groupMark = german ? '.' : ',';
        this.scales = german ? GERMAN_SCALES : ENGLISH_SCALES;
        this.fractions = german ? GERMAN_FRACTIONS : ENGLISH_FRACTIONS;
        this.articles = german ? GERMAN_ARTICLES : ENGLISH_ARTICLES;
        this.spelled = new SpelledNumbers(this.language);
    }

    /** @param language ISO 639-1 code; anything but {@code de} gets the English grammar */
    static NumberGrammar forLanguage(String language) {
        return new NumberGrammar(language);
    }

    String language() {
        return language;
    }

    /** @return the value of a digit run such as "115.000", "1,5" or "100'000"; empty when malformed */
    Optional<BigDecimal> digits(String literal) {
        BigDecimal fraction = literal.isEmpty() ? null : VULGAR_FRACTIONS.get(literal.charAt(literal.length() - 1));
        if (fraction != null) {
            // "½", "2½": a whole number (or none) and a fraction character.
            String whole = literal.substring(0, literal.length() - 1);
            return whole.isEmpty() ? Optional.of(fraction) : digits(whole).map(w -> w.add(fraction));
        }
        String decimal = decimalPart(literal);
        String integer = literal.substring(0, literal.length() - decimal.length());
        String[] groups = GROUP_MARKS.split(integer, -1);
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return Optional.empty();
            }
        }
        if (groups.length > 1 && (groups[0].isEmpty() || groups[0].length() > 3)) {
            return Optional.empty();
        }
        String plain = String.join("", groups) + (decimal.isEmpty() ? "" : "." + decimal.substring(1));
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** @return the decimal mark and its digits at the end of the literal, or "" when it has none */
    private String decimalPart(String literal) {
        int lastDot = literal.lastIndexOf('.');
        int lastComma = literal.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            return literal.substring(Math.max(lastDot, lastComma));
        }
        int last = Math.max(lastDot, lastComma);
        if (last < 0) {
            return "";
        }
        char mark = literal.charAt(last);
        if (literal.indexOf(mark) != last) {
            return "";
        }
        String tail = literal.substring(last + 1);
        boolean looksGrouped = tail.length() == 3 && last <= 3 && literal.chars().noneMatch(c -> c == '\'' || c == '’');
        return mark == groupMark && looksGrouped ? "" : literal.substring(last);
    }

    /** @return the scale a word names; "million-plus" ("£6 million-plus") is a million and more */
    Optional<BigDecimal> scale(String lowerWord) {
        String word = lowerWord.endsWith("-plus") ? lowerWord.substring(0, lowerWord.length() - 5) : lowerWord;
        return Optional.ofNullable(scales.get(word));
    }

    /**
     * @return the number that starts a compound: a spelled number ("dreijährig"), or a hundred or thousand said
     *     alone ("hundertjährig", "Tausendjahrfeier", "hundred-year-old"), which as separate words are scales
     */
    Optional<BigDecimal> compoundNumber(String lowerPrefix) {
        return spelled(lowerPrefix).or(() -> scale(lowerPrefix)
                .filter(scale -> scale.compareTo(BigDecimal.valueOf(1_000)) <= 0 && !abbreviated(lowerPrefix)));
    }

    /**
     * @param word the word glued to the digits, as written
     * @return a scale written right after the digits: "5bn", "3k", "10M", and "m" when a currency sign precedes
     */
    Optional<BigDecimal> suffixScale(String word, boolean afterCurrencySign) {
        String lowerWord = word.toLowerCase(Locale.ROOT);
        if ("b".equals(lowerWord) && !afterCurrencySign) {
            // A glued b is a billion only for money ("$5B"); after bare digits it is a letter of a code.
            return Optional.empty();
        }
        if (("m".equals(lowerWord) && afterCurrencySign) || "M".equals(word)) {
            return Optional.of(BigDecimal.valueOf(1_000_000));
        }
        return Optional.ofNullable(SUFFIX_SCALES.get(lowerWord)).or(() -> scale(lowerWord));
    }

    /** @return whether a scale word is a plural ("Millionen", "Hunderte", "dozens"), vague without a number */
    boolean pluralScale(String lowerWord) {
        return "de".equals(language) ? lowerWord.endsWith("en") || lowerWord.endsWith("e")
                : lowerWord.endsWith("s");
    }

    /** @return whether the scale word is an abbreviation that takes a full stop ("Mio.") */
    boolean abbreviated(String lowerWord) {
        return GERMAN_ABBREVIATIONS.contains(lowerWord);
    }

    Optional<BigDecimal> fraction(String lowerWord) {
        return Optional.ofNullable(fractions.get(lowerWord));
    }

    /**
     * @param lowerWord a lower-case word of either language, or a fraction character
     * @return whether it writes a fraction ("Drittel", "quarters", "Hälfte", "½")
     */
    static boolean writesAFraction(String lowerWord) {
        return GERMAN_FRACTIONS.containsKey(lowerWord) || ENGLISH_FRACTIONS.containsKey(lowerWord)
                || "hälfte".equals(lowerWord)
                || lowerWord.length() == 1 && VULGAR_FRACTIONS.containsKey(lowerWord.charAt(0));
    }

    /** @param table each fraction character followed by its one-digit numerator and denominator */
    private static Map<Character, BigDecimal> vulgarFractions(String table) {
        Map<Character, BigDecimal> fractions = new HashMap<>();
        for (int i = 0; i + 2 < table.length(); i += 3) {
            fractions.put(table.charAt(i), BigDecimal.valueOf(table.charAt(i + 1) - '0')
                    .divide(BigDecimal.valueOf(table.charAt(i + 2) - '0'), MathContext.DECIMAL64));
        }
        return Map.copyOf(fractions);
    }

    private static Map<String, BigDecimal> fractions(Map<String, Integer> denominators) {
        Map<String, BigDecimal> fractions = new HashMap<>();
        denominators.forEach((word, denominator) -> fractions.put(word,
                BigDecimal.ONE.divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64)));
        return Map.copyOf(fractions);
    }

    /**
     * @return whether "top/bottom" reads as a fraction: a proper one with a denominator up to ten ("3/4"), not
     *     "24/7", "9/11" or "1/40"
     */
    static boolean properFraction(int top, int bottom) {
        return top >= 1 && top < bottom && bottom <= 10;
    }

    /** @return whether the word is a spoken decimal mark ("point", "Komma") */
    boolean decimalPoint(String lowerWord) {
        return "de".equals(language) ? "komma".equals(lowerWord) : "point".equals(lowerWord);
    }

    /** @return whether the word makes a number negative ("minus fünf", "negative ten") */
    boolean negation(String lowerWord) {
        return "minus".equals(lowerWord) || "negative".equals(lowerWord);
    }

    boolean article(String lowerWord) {
        return articles.contains(lowerWord);
    }

    /** @return the articles, fractions and scales of the language, lower case: words a number phrase may start with */
    Set<String> phraseWords() {
        Set<String> words = new java.util.HashSet<>(articles);
        words.addAll(fractions.keySet());
        words.addAll(scales.keySet());
        return words;
    }

    /** @return the value of one spelled-out number word ("sieben", "twenty-five") */
    Optional<BigDecimal> spelled(String lowerWord) {
        var value = spelled.value(lowerWord);
        return value.isPresent() ? Optional.of(BigDecimal.valueOf(value.getAsDouble())) : Optional.empty();
    }
}
