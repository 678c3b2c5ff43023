package io.newsdigest.nlp.text;

import java.util.Objects;

/**
 * One sentence of a text: its index, its span {@code [start, end)} in that text, and the text of the span.
 *
 * @param index position of the sentence in the text, from 0
 * @param start offset of the first character
 * @param end offset after the last character
 * @param text the sentence as written (equal to {@code source.substring(start, end)})
 */
public record Sentence(int index, int start, int end, String text) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("invalid sentence span: index=" + index + " start=" + start + " end=" + end);
        }
    }
}
