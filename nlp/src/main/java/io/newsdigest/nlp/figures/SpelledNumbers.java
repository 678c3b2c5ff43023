package io.newsdigest.nlp.figures;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.text.ParsePosition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reads one spelled-out number word ("sieben", "fünfundzwanzig", "twenty-five") with ICU's rule-based spell-out
 * parser.
 *
 * <p>Only words made entirely of number morphemes reach ICU: its lenient parse accepts prefixes of ordinary words,
 * and a cheap test of the word's shape keeps both the false hits and the cost away (it runs for every word of an
 * article, so it allocates nothing and uses no regular expression). Scale words (hundert, thousand, Million) are
 * not read here; the phrase reader combines them. Thread-safe: ICU formatters are not, so the one formatter is
 * used under a lock, and only for words not seen before (every answer is cached). A formatter per thread would be
 * rebuilt for every virtual thread, and building one in lenient mode costs far more than a parse.
 */
final class SpelledNumbers {

    /**
     * The morphemes a German number word is made of, any number of them in a row ("zwei|hundert|drei|und|zwanzig"),
     * optionally ending in a half ("zweieinhalb").
     */
    private static final List<String> GERMAN_MORPHEMES = List.of("ein", "eins", "eine", "zwei", "zwo", "drei", "vier",
            "fünf", "sechs", "sech", "sieben", "sieb", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "ßig", "ssig",
            "zig", "hundert", "tausend", "und");
    private static final List<String> ENGLISH_UNITS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine");
    private static final List<String> ENGLISH_TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    /** The English number words are a closed list: units, teens, tens and the tens joined to a unit by a hyphen. */
    private static final Set<String> ENGLISH_WORDS = englishWords();
    /** Morpheme-only words that are no number on their own. */
    private static final Set<String> NOT_NUMBERS = Set.of("und", "ein", "eine", "sieb", "sech",
            "zig", "ßig", "ssig", "hundert", "tausend");
    private static final int CACHE_LIMIT = 4096;
    private static final List<String> HALVES = List.of("einhalb", "undhalb");
    /** Letters a number word of either language can start with: a cheap filter before the pattern. */
    private static final String FIRST_LETTERS = "adefhnostvz";

    private final boolean german;
    private final RuleBasedNumberFormat format;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Double> cache = new ConcurrentHashMap<>();

    SpelledNumbers(String language) {
        this.german = "de".equals(language);
        ULocale locale = german ? ULocale.GERMAN : ULocale.ENGLISH;
        this.format = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        // German compounds ("zweihundertdreißig") only parse in full in lenient mode.
        format.setLenientParseMode(german);
        // The lenient parser builds its collator on first use: pay for it here, not in the first request.
        value(german ? "einundzwanzig" : "twenty-one");
    }

    /** @param word a lower-case word */
    OptionalDouble value(String word) {
        // Without umlauts and ß ("fuenf", "zwoelf", "dreissig") the German words are the same numbers.
        String lowerWord = german ? word.replace("ue", "ü").replace("oe", "ö") : word;
        if (lowerWord.isEmpty() || FIRST_LETTERS.indexOf(lowerWord.charAt(0)) < 0) {
            return OptionalDouble.empty();
        }
        Double cached = cache.get(lowerWord);
        if (cached == null) {
            // Only number-shaped words are cached, so that ordinary words never crowd the cache.
            if (NOT_NUMBERS.contains(lowerWord) || !(german ? germanShape(lowerWord) : ENGLISH_WORDS.contains(lowerWord))) {
                return OptionalDouble.empty();
            }
            cached = parse(lowerWord);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(lowerWord, cached);
            }
        }
        return cached.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(cached);
    }

    /**
     * @return whether the word is "null", "anderthalb", or one or more {@link #GERMAN_MORPHEMES} in a row, the last
     *     of them optionally followed by "einhalb" or "undhalb"
     */
    static boolean germanShape(String word) {
        if ("null".equals(word) || "anderthalb".equals(word)) {
            return true;
        }
        // ends[i]: the first i characters are a row of morphemes. Words are short; the table is too.
        boolean[] ends = new boolean[word.length() + 1];
        ends[0] = true;
        for (int i = 0; i < word.length(); i++) {
            if (!ends[i]) {
                continue;
            }
            for (String morpheme : GERMAN_MORPHEMES) {
                if (word.startsWith(morpheme, i)) {
                    ends[i + morpheme.length()] = true;
                }
            }
        }
        if (word.length() > 0 && ends[word.length()]) {
            return true;
        }
        for (String half : HALVES) {
            int before = word.length() - half.length();
            if (before > 0 && word.endsWith(half) && ends[before]) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> englishWords() {
        Set<String> words = new HashSet<>(List.of("zero", "nought", "naught", "ten", "eleven", "twelve", "thirteen",
                "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"));
        words.addAll(ENGLISH_UNITS);
        for (String tens : ENGLISH_TENS) {
            words.add(tens);
            ENGLISH_UNITS.forEach(unit -> words.add(tens + "-" + unit));
        }
        return Set.copyOf(words);
    }

    private double parse(String word) {
        if ("anderthalb".equals(word)) {
            return 1.5;
        }
        if ("nought".equals(word) || "naught".equals(word)) {
            return 0;
        }
        // "zweieinhalb", and the spoken "einundhalb": a whole number and a half.
        for (String half : HALVES) {
            if (word.endsWith(half) && word.length() > half.length()) {
                double whole = parse(word.substring(0, word.length() - half.length()));
                return Double.isNaN(whole) ? whole : whole + 0.5;
            }
        }
        // "hundertzwanzig" and "tausend" lack the leading "ein" that ICU's German rules expect.
        String spelled = word.replace("ssig", "ßig");
        String input = german && (spelled.startsWith("hundert") || spelled.startsWith("tausend"))
                ? "ein" + spelled : spelled;
        ParsePosition position = new ParsePosition(0);
        Number number;
        lock.lock();
        try {
            number = format.parse(input, position);
        } finally {
            lock.unlock();
        }
        if (number == null || position.getIndex() != input.length()) {
            return Double.NaN;
        }
        return number.doubleValue();
    }
}
