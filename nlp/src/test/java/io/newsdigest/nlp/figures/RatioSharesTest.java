package io.newsdigest.nlp.figures;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsdigest.nlp.figures.Extracted.extract;
import static io.newsdigest.nlp.figures.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shares said as a ratio of two whole numbers, on sentences written for these tests. */
class RatioSharesTest {

    private final LocaleFigureRenderer renderer = new LocaleFigureRenderer();

    @Test
    void readsOneInFiveWithItsGroup() {
        KeyFigure figure = only("en", "One in five adults in the region smokes.");
        assertEquals(0.2, figure.value(), 1e-9);
        assertEquals("One in five", figure.text());
        assertEquals("adults", figure.label().orElseThrow().text());
    }

    @Test
    void readsAGermanRatioWithVon() {
        KeyFigure figure = only("de", "Vier von fünf Befragten nutzen das Angebot.");
        assertEquals(0.8, figure.value(), 1e-9);
        assertEquals("Befragten", figure.label().orElseThrow().text());
    }

    @Test
    void leavesATimeSpanAYearAndAFallFromOneNumberToAnotherAlone() {
        assertEquals(List.of(2.0, 90.0), extract("en", "He scored 2 in 90 minutes.").stream().map(KeyFigure::value).toList());
        assertEquals(List.of(5.0, 3.0), extract("de", "Die Zahl sank von 5 auf 3.").stream().map(KeyFigure::value).toList());
    }

    @Test
    void rendersTheRatioOverTheDenominatorItWasWrittenWith() {
        KeyFigure figure = only("en", "About 4 out of 10 voters agree.");
        assertEquals("about 4 in 10 voters", renderer.render(figure, "en"));
        assertEquals("etwa 4 von 10 Wählern", renderer.render(figure, "de"));
    }

    @Test
    void rendersARatioInWordsInDigits() {
        assertEquals("4 in 5 respondents", renderer.render(only("de", "Vier von fünf Befragten lehnen ab."), "en"));
    }
}
