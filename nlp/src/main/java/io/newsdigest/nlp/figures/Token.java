package io.newsdigest.nlp.figures;

import java.util.Locale;

/**
 * One token of a sentence with its absolute span in the analyzed text.
 *
 * @param start offset of the first character in the analyzed text
 * @param end offset after the last character
 * @param text the token as written
 * @param type what the token is made of
 */
record Token(int start, int end, String text, Type type) {

    enum Type { NUMBER, WORD, SYMBOL }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
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
