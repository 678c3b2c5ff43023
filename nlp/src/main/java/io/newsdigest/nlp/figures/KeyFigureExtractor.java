package io.newsdigest.nlp.figures;

import io.newsdigest.nlp.text.Sentence;

import java.util.List;
import java.util.Optional;

/**
 * Finds the figures of a text.
 *
 * <p>Implementations are thread-safe and never throw on any input.
 */
public interface KeyFigureExtractor {

    /**
     * @param text the analyzed text; every figure's span points into it
     * @param sentences the sentences of {@code text}
     * @param language ISO 639-1 code of the text ({@code de}, {@code en}); decides the number grammar
     * @param title the headline, if any, which raises the salience of figures it repeats
     * @return the figures in order of appearance, repeated mentions folded into the first, each with a salience
     */
    List<KeyFigure> extract(String text, List<Sentence> sentences, String language, Optional<String> title);
}
