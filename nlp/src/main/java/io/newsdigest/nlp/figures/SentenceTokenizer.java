package io.newsdigest.nlp.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a sentence into digit runs, words and single symbols, skipping web and mail addresses, whose digits are
 * never figures. A currency code glued to digits ("USD115") is cut off them.
 *
 * <p>A word may carry digits and hyphenated parts ("H100-Servern", "Covid-19") so that model names and codes never
 * surface as numbers. A digit run keeps its separators ("115.000", "100'000", "1,5", "40 000") for the number grammar; plain spaces group
 * digits only in runs of exactly three. No-break spaces are spaces, as typesetting puts them between a number and
 * its unit ("500 mg", "am 6. Juli"), never tokens of their own.
 */
final class SentenceTokenizer {

    private static final String ADDRESS = "(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+\\.[\\w.]+|";
    private static final String PARTS = "(\\d*[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞](?!\\d)|\\d{1,3}(?: \\d{3})+(?:[.,]\\d+)?(?!\\d|[.,'’]\\d)|\\d+(?:[.,'’\\u00A0\\u202F]\\d+)*"
                    + "|(?<!\\S)\\.\\d+)"
                    + "|((?:USD|EUR|GBP|CHF|JPY|CNY|CAD|AUD)(?=\\d)|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:['’][\\p{L}]+)?(?:[-‐‑][\\p{L}\\p{N}]+)*)"
                    + "|([^\\s\\u00A0\\u2007\\u202F\\p{L}\\p{N}])";
    /** Addresses are rare; the pattern that skips them is only used where one may be. */
    private static final Pattern TOKEN = Pattern.compile(PARTS);
    private static final Pattern TOKEN_OR_ADDRESS = Pattern.compile(ADDRESS + PARTS);

    private SentenceTokenizer() {
    }

    /**
     * @param text the analyzed text
     * @param start offset where the sentence starts
     * @param end offset after the sentence
     */
    static List<Token> tokenize(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        String region = text.substring(start, end);
        boolean address = region.indexOf('@') >= 0 || region.contains("://") || region.contains("www.");
        Matcher matcher = (address ? TOKEN_OR_ADDRESS : TOKEN).matcher(text).region(start, end);
        while (matcher.find()) {
            if (matcher.group(1) == null && matcher.group(2) == null && matcher.group(3) == null) {
                continue;
            }
            Token.Type type = matcher.group(1) != null ? Token.Type.NUMBER
                    : matcher.group(2) != null ? Token.Type.WORD : Token.Type.SYMBOL;
            tokens.add(new Token(matcher.start(), matcher.end(), matcher.group(), type));
        }
        return tokens;
    }
}
