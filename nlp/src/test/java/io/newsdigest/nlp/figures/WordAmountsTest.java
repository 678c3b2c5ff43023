package io.newsdigest.nlp.figures;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsdigest.nlp.figures.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Multiples, ratios, halves, plus signs, compounds and unit inflections read alike in both languages. */
class WordAmountsTest {

    @Test
    void readsMultiplesInBothLanguages() {
        assertEquals(List.of("count 16"), Readings.of("de", "Die Kosten sind 16-mal so hoch wie geplant."));
        assertEquals(List.of("count 16"), Readings.of("en", "The costs are 16 times as high as planned."));
        assertEquals(List.of("count 2"), Readings.of("de", "Es kamen doppelt so viele Gäste."));
        assertEquals(List.of("count 2"), Readings.of("en", "Twice as many guests came."));
        assertEquals(List.of("count 3"), Readings.of("de", "Der Preis hat sich dreimal verändert."));
    }

    @Test
    void readsARatioJoinedByHyphens() {
        assertEquals(List.of("count 0.4"), Readings.of("en", "Four-in-ten voters stayed at home."));
    }

    @Test
    void readsAUnitAndAHalf() {
        assertEquals(List.of("duration 1.5 year"), Readings.of("en", "The works took a year and a half."));
        assertEquals(List.of("duration 1.5 year"), Readings.of("de", "Die Arbeiten dauerten anderthalb Jahre."));
    }

    @Test
    void readsAPlusAfterANumberAsAtLeast() {
        KeyFigure share = only("en", "Wind farms delivered 21+ percent more power.");
        assertEquals("%", share.unit().orElseThrow());
        assertEquals(Qualifier.AT_LEAST, share.qualifier());
        KeyFigure money = only("en", "It is a £6 million-plus expansion.");
        assertEquals(6e6, money.value());
        assertEquals(Qualifier.AT_LEAST, money.qualifier());
    }

    @Test
    void readsUnitsInGermanCompoundsAndInflections() {
        assertEquals(List.of("quantity 130 km/h"), Readings.of("de", "Es gilt ein Limit von 130 Stundenkilometern."));
        assertEquals(List.of("duration 10 s"), Readings.of("de", "Das Signal ist 10 Sekunden lang."));
        assertEquals(List.of("percent 50 %"), Readings.of("de", "Der Staat gibt eine 50-Prozent-Garantie."));
        assertEquals(List.of("duration 2 week"), Readings.of("de", "Sie hat noch zwei Urlaubswochen."));
        assertEquals(List.of("money 3000000000000 USD"), Readings.of("de", "Der 3-Billionen-Dollar-Plan scheiterte."));
    }

    @Test
    void readsANumberAndItsUnitAcrossANoBreakSpace() {
        assertEquals(List.of("quantity 500 mg"), Readings.of("de", "Er bekam 500\u00A0mg des Mittels."));
    }

    @Test
    void keepsAShareOutOfTheLowerEndOfARange() {
        assertEquals(List.of("count 0.2", "money 1800000000 GBP"),
                Readings.of("en", "Sales rose by a fifth to £1.8 billion."));
        assertEquals(List.of("ordinal 4"), Readings.of("en", "Sales rose in the fourth quarter."),
                "an ordinal before a fraction word is no fraction");
    }

    @Test
    void readsTheTwoAfterADeterminerBeforeANoun() {
        assertEquals(List.of("count 2"), Readings.of("de", "Sie betreut ihre beiden Töchter."));
        assertEquals(List.of(), Readings.of("de", "Als die beiden gingen, war es still."));
    }
}
