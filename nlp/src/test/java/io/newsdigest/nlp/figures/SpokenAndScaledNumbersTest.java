package io.newsdigest.nlp.figures;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsdigest.nlp.figures.Extracted.extract;
import static io.newsdigest.nlp.figures.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Numbers said in words and digits together, and scale letters set apart, on sentences written for these tests. */
class SpokenAndScaledNumbersTest {

    @Test
    void joinsATensWordAndAUnitWordAcrossASpacedHyphen() {
        KeyFigure figure = only("en", "The choir has sixty - four voices.");
        assertEquals(64, figure.value());
        assertEquals("sixty - four", figure.text());
    }

    @Test
    void readsAScaleLetterAfterASpaceAtTheEndOfTheSentence() {
        assertEquals(4_750, only("en", "Subscribers: 4.75 k.").value(), 1e-9);
        assertEquals(2_300_000, only("en", "The grant was worth $2.3 M.").value(), 1e-9);
    }

    @Test
    void leavesAScaleLetterAfterASpaceAloneWhenWordsFollow() {
        assertEquals(5, only("en", "She won the 5 k race in town.").value());
    }

    @Test
    void leavesASpacedScaleLetterAfterAWholeNumberAlone() {
        assertEquals(10, only("en", "He ran 10 k.").value());
    }

    @Test
    void keepsAnAmountAndASpelledCountAfterAndApartBeyondAMillion() {
        List<KeyFigure> figures = extract("en", "He was fined $1 million and two years in prison.");
        assertEquals(List.of(1_000_000.0, 2.0), figures.stream().map(KeyFigure::value).toList());
    }

    @Test
    void joinsASpelledRemainderAfterALargeScaleAndAnd() {
        assertEquals(3_000_400, only("en", "The index lists 3 million and four hundred entries.").value());
    }

    @Test
    void neverJoinsABareZeroAfterAnd() {
        List<KeyFigure> figures = extract("en", "The scores were 5 hundred and 0 respectively.");
        assertEquals(List.of(500.0, 0.0), figures.stream().map(KeyFigure::value).toList());
    }
}
