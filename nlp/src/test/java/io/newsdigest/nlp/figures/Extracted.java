package io.newsdigest.nlp.figures;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The figures of a test text, read by one shared extractor (it is thread-safe) over {@link Sentences}. */
final class Extracted {

    private static final RuleBasedFigureExtractor EXTRACTOR = new RuleBasedFigureExtractor();

    private Extracted() {
    }

    static List<KeyFigure> extract(String language, String text) {
        return EXTRACTOR.extract(text, Sentences.of(text), language, Optional.empty());
    }

    /** The one figure of the text; fails the test, listing what was found, when there is not exactly one. */
    static KeyFigure only(String language, String text) {
        List<KeyFigure> figures = extract(language, text);
        assertEquals(1, figures.size(), () -> "figures of '" + text + "': " + figures);
        return figures.get(0);
    }
}
