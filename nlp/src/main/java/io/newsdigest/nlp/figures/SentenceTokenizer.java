package io.newsdigest.nlp.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a sentence into digit runs, words and single symbols, skipping web and mail addresses, whose digits are
 * never figures. A currency code glued to digits ("USD115") is cut off them.
 *
 * <p>A word may carry digits and hyphenated parts ("H100-Servern", "Covid-19") so that model names and codes never
 * surface as numbers. A digit run keeps its separators ("115.000", "100'000", "1,5", "40 000") for the number grammar; plain spaces group
 * digits only in runs of exactly three. No-break spaces are spaces, as typesetting puts them between a number and
 * its unit ("500 mg", "am 6. Juli"), never tokens of their own.
 *
 * <p>The rules, tried in this order at each position (the first that applies makes the token; a character none
 * applies to is skipped):
 * <ol>
 *   <li>where the sentence may hold an address (it has "@", "://" or "www."): "http://", "https://" or "www."
 *       and everything up to the next space, or a mail address, are skipped;</li>
 *   <li>a number: digits ending in a fraction character ("2½", "½") that no digit follows; one to three digits
 *       and groups of a space and three digits ("40 000"), with decimals, where no digit or separated digit
 *       follows; digits joined by {@code . , ' ’} or no-break spaces ("115.000", "1,5"); a full stop and digits
 *       after a space (".5");</li>
 *   <li>a word: an ISO code of a currency glued to digits ("USD115"); a letter, then letters, marks and digits,
 *       an apostrophe and letters ("Germany's"), and hyphenated parts of letters and digits ("Covid-19");</li>
 *   <li>any other character but spaces, letters and digits is a symbol of its own.</li>
 * </ol>
 * A hand-written scanner rather than one regular expression: the tokenizer runs over every sentence of every
 * article. It reads the sentence as the expression it replaces did (Unicode letters, marks and digits by code
 * point, {@code \d} and spaces in ASCII, nothing outside the sentence seen by a look around), which
 * {@code SentenceTokenizerTest} checks against that expression. Stateless.
 */
final class SentenceTokenizer {

    private static final String FRACTIONS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞";
    private static final List<String> CURRENCY_CODES = List.of("USD", "EUR", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD");

    private SentenceTokenizer() {
    }

    /**
     * @param text the analyzed text
     * @param start offset where the sentence starts
     * @param end offset after the sentence
     */
    static List<Token> tokenize(String text, int start, int end) {
        return new Scan(text, start, end).tokens();
    }

    /** One pass over one sentence. */
    private static final class Scan {
        private final String text;
        private final int start;
        private final int end;
        private final boolean addresses;
        private final List<Token> tokens = new ArrayList<>();

        Scan(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.addresses = holds("@") || holds("://") || holds("www.");
        }

        List<Token> tokens() {
            int at = start;
            while (at < end) {
                int after = addresses ? address(at) : -1;
                if (after < 0) {
                    after = token(at);
                }
                // A position nothing starts at is skipped, a surrogate pair as one character.
                at = after > at ? after : at + (Character.isHighSurrogate(text.charAt(at)) && at + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(at + 1)) ? 2 : 1);
            }
            return tokens;
        }

        /** @return the end of the token starting at {@code at}, which is added; -1 when none starts there */
        private int token(int at) {
            int after = number(at);
            if (after > at) {
                return add(at, after, Token.Type.NUMBER);
            }
            after = word(at);
            if (after > at) {
                return add(at, after, Token.Type.WORD);
            }
            int cp = Character.codePointAt(text, at);
            int next = at + Character.charCount(cp);
            boolean symbol = next <= end && !isAsciiSpace(cp) && cp != '\u00A0' && cp != '\u2007' && cp != '\u202F'
                    && !Character.isLetter(cp) && !isNumeric(cp);
            return symbol ? add(at, next, Token.Type.SYMBOL) : -1;
        }

        private int add(int from, int to, Token.Type type) {
            tokens.add(new Token(from, to, text.substring(from, to), type));
            return to;
        }

        /** @return the end of a web or mail address at {@code at}, or -1 */
        private int address(int at) {
            int prefix = text.startsWith("http://", at) ? 7 : text.startsWith("https://", at) ? 8
                    : text.startsWith("www.", at) ? 4 : 0;
            if (prefix > 0 && at + prefix <= end) {
                int after = at + prefix;
                while (after < end && !isAsciiSpace(text.charAt(after))) {
                    after++;
                }
                if (after > at + prefix) {
                    return after;
                }
            }
            // name@domain.tld: [\w.+-]+ @ [\w-]+ . [\w.]+
            int name = run(at, "._+-");
            if (name == at || name >= end || text.charAt(name) != '@') {
                return -1;
            }
            int domain = run(name + 1, "-_");
            if (domain == name + 1 || domain >= end || text.charAt(domain) != '.') {
                return -1;
            }
            int tld = run(domain + 1, "._");
            return tld > domain + 1 ? tld : -1;
        }

        /** @return the end of the run of ASCII letters, digits and {@code extra} characters from {@code at} */
        private int run(int at, String extra) {
            int i = at;
            while (i < end && (isAsciiAlnum(text.charAt(i)) || extra.indexOf(text.charAt(i)) >= 0)) {
                i++;
            }
            return i;
        }

        /** @return the end of the number at {@code at}, or {@code at} */
        private int number(int at) {
            int digits = digits(at);
            if (digits < end && FRACTIONS.indexOf(text.charAt(digits)) >= 0 && !digitAt(digits + 1)) {
                return digits + 1; // "2½", "½"
            }
            int grouped = spaceGrouped(at, digits);
            if (grouped > at) {
                return grouped;
            }
            if (digits > at) {
                // "115.000", "100'000", "1,5": digits joined by one separator at a time.
                int after = digits;
                while (after < end && ".,'’\u00A0\u202F".indexOf(text.charAt(after)) >= 0 && digitAt(after + 1)) {
                    after = digits(after + 1);
                }
                return after;
            }
            boolean afterSpace = at == start || isAsciiSpace(text.charAt(at - 1));
            return text.charAt(at) == '.' && afterSpace && digitAt(at + 1) ? digits(at + 1) : at;
        }

        /**
         * "40 000", "1 234 567,89": one to three digits, groups of a space and three digits, optional decimals, and
         * no digit or separated digit right after; with fewer groups when the longest reading is followed by one.
         *
         * @param digits the end of the digits at {@code at}
         * @return the end of the number, or {@code at}
         */
        private int spaceGrouped(int at, int digits) {
            if (digits == at || digits - at > 3) {
                return at;
            }
            int groups = 0;
            for (int after = digits; after + 4 <= end && text.charAt(after) == ' ' && digits(after + 1) >= after + 4;
                 after += 4) {
                groups++;
            }
            for (int g = groups; g >= 1; g--) {
                int groupsEnd = digits + 4 * g;
                if (groupsEnd < end && (text.charAt(groupsEnd) == '.' || text.charAt(groupsEnd) == ',')
                        && digitAt(groupsEnd + 1)) {
                    int decimals = digits(groupsEnd + 1);
                    if (!separatedDigitAt(decimals)) {
                        return decimals;
                    }
                }
                if (!separatedDigitAt(groupsEnd)) {
                    return groupsEnd;
                }
            }
            return at;
        }

        /** @return whether a digit, or one of {@code . , ' ’} and a digit, stand at {@code at} */
        private boolean separatedDigitAt(int at) {
            return digitAt(at) || at < end && ".,'’".indexOf(text.charAt(at)) >= 0 && digitAt(at + 1);
        }

        /** @return the end of the word at {@code at}, or {@code at} */
        private int word(int at) {
            for (String code : CURRENCY_CODES) {
                if (text.startsWith(code, at) && digitAt(at + code.length())) {
                    return at + code.length(); // "USD115"
                }
            }
            int first = Character.codePointAt(text, at);
            int after = at + Character.charCount(first);
            if (after > end || !Character.isLetter(first)) {
                return at;
            }
            after = greedy(after, Kind.WORD_BODY);
            if (after < end && (text.charAt(after) == '\'' || text.charAt(after) == '’')) {
                int letters = greedy(after + 1, Kind.LETTER);
                after = letters > after + 1 ? letters : after; // "Germany's"
            }
            while (after < end && "-‐‑".indexOf(text.charAt(after)) >= 0) {
                int part = greedy(after + 1, Kind.HYPHEN_PART);
                if (part == after + 1) {
                    break;
                }
                after = part; // "Covid-19", "H100-Servern"
            }
            return after;
        }

        /** What a run of code points inside a word may hold. */
        private enum Kind { LETTER, WORD_BODY, HYPHEN_PART }

        /**
         * @return the end of the longest run of code points of the kind from {@code at}; a surrogate pair that the
         *     sentence's end cuts in two counts as its lone first half, which is no letter or digit
         */
        private int greedy(int at, Kind kind) {
            int i = at;
            while (i < end) {
                int cp = Character.codePointAt(text, i);
                int length = Character.charCount(cp);
                if (i + length > end) {
                    cp = text.charAt(i);
                    length = 1;
                }
                boolean member = switch (kind) {
                    case LETTER -> Character.isLetter(cp);
                    case WORD_BODY -> Character.isLetter(cp) || isMark(cp) || isNumeric(cp);
                    case HYPHEN_PART -> Character.isLetter(cp) || isNumeric(cp);
                };
                if (!member) {
                    break;
                }
                i += length;
            }
            return i;
        }

        private int digits(int at) {
            int i = at;
            while (digitAt(i)) {
                i++;
            }
            return i;
        }

        private boolean digitAt(int at) {
            return at < end && text.charAt(at) >= '0' && text.charAt(at) <= '9';
        }

        private boolean holds(String part) {
            int at = text.indexOf(part, start);
            return at >= 0 && at + part.length() <= end;
        }
    }

    private static boolean isAsciiSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Unicode category N: decimal digits, letter numbers ("Ⅻ") and other numbers ("²", "½"). */
    private static boolean isNumeric(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
