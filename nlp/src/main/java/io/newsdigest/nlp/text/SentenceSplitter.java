package io.newsdigest.nlp.text;

import java.util.List;

/**
 * Splits a text into sentences whose spans point into that text.
 *
 * <p>Implementations are thread-safe and never throw on any input; an empty or blank text has no sentences.
 */
public interface SentenceSplitter {

    /**
     * @param text the text to split
     * @param language ISO 639-1 code of the text's language ({@code de}, {@code en}, or {@code und})
     * @return the sentences in order, with valid, non-overlapping spans
     */
    List<Sentence> split(String text, String language);
}
