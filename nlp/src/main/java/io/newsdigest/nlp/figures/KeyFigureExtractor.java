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

    /**
     * Every number of the text with its type, key figure or not: times of day, ordinals, scores and codes too, each
     * mention on its own (not folded) and without salience. An implementation that types nothing but its key
     * figures returns those.
     *
     * @param text the analyzed text; every reading's span points into it
     * @param sentences the sentences of {@code text}
     * @param language ISO 639-1 code of the text ({@code de}, {@code en})
     * @return the readings in order of appearance
     */
    default List<KeyFigure> numbers(String text, List<Sentence> sentences, String language) {
        return extract(text, sentences, language, Optional.empty());
    }
}
