package io.newsdigest.nlp.figures;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Unicode fraction characters and spoken halves, on sentences written for these tests. */
class FractionsTest {

    private final RuleBasedFigureExtractor extractor = new RuleBasedFigureExtractor();

    private KeyFigure only(String language, String text) {
        List<KeyFigure> figures = extractor.extract(text, Sentences.of(text), language, Optional.empty());
        assertEquals(1, figures.size(), () -> "figures of '" + text + "': " + figures);
        return figures.get(0);
    }

    @Test
    void readsAFractionCharacterAlone() {
        assertEquals(0.25, only("de", "Gut ¼ der Fläche ist bewaldet.").value(), 1e-9);
    }

    @Test
    void readsAWholeNumberGluedToAFractionCharacter() {
        KeyFigure figure = only("en", "The ferry crossing takes 3½ hours.");
        assertEquals(3.5, figure.value(), 1e-9);
        assertEquals("h", figure.unit().orElseThrow());
        assertEquals("3½ hours", figure.text());
    }

    @Test
    void readsAThirdCharacterToNineDigits() {
        assertEquals(1.0 / 3, only("en", "Only ⅓ of the seats were taken.").value(), 1e-9);
    }

    @Test
    void readsTheSpokenGermanUndhalbAsAHalf() {
        assertEquals(2.5, only("de", "Wir warteten zweiundhalb Stunden.").value(), 1e-9);
    }
}
