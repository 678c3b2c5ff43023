package io.newsdigest.nlp.figures;

import java.util.Locale;

/**
 * One token of a sentence with its absolute span in the analyzed text.
 *
 * @param start offset of the first character in the analyzed text
 * @param end offset after the last character
 * @param text the token as written
 * @param type what the token is made of
 * @param lower the text in lower case
 */
record Token(int start, int end, String text, Type type, String lower) {

    enum Type { NUMBER, WORD, SYMBOL }

    /** The hyphens that join the parts of a word ("Covid-19", "year-old"). */
    static final java.util.regex.Pattern HYPHENS = java.util.regex.Pattern.compile("[-‐‑]");

    /** @return whether the token is a word with a hyphen inside */
    boolean hyphenated() {
        return type == Type.WORD && (text.indexOf('-') > 0 || text.indexOf('‐') > 0 || text.indexOf('‑') > 0);
    }

    /** A token whose lower-case form is taken once: the readers ask for it many times. */
    Token(int start, int end, String text, Type type) {
        this(start, end, text, type, text.toLowerCase(Locale.ROOT));
    }

    boolean is(Type expected) {
        return type == expected;
    }

    boolean isSymbol(String symbols) {
        return type == Type.SYMBOL && symbols.contains(text);
    }

    /** @return whether {@code next} starts right where this token ends, with no space between */
    boolean touches(Token next) {
        return end == next.start;
    }

    boolean capitalized() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }
}
