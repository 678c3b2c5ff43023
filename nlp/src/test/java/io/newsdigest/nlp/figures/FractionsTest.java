package io.newsdigest.nlp.figures;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.newsdigest.nlp.figures.Extracted.extract;
import static io.newsdigest.nlp.figures.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Unicode fraction characters and spoken halves, on sentences written for these tests. */
class FractionsTest {

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

    @Test
    void readsAProperSlashFraction() {
        KeyFigure figure = only("en", "Nearly 3/4 of the members voted in favour.");
        assertEquals(0.75, figure.value(), 1e-9);
        assertEquals("3/4", figure.text());
    }

    @Test
    void readsAWholeNumberAndASlashFractionAsOneMixedNumber() {
        KeyFigure walk = only("de", "Die Strecke ist 4 1/2 Kilometer lang.");
        assertEquals(4.5, walk.value(), 1e-9);
        assertEquals("km", walk.unit().orElseThrow());
        assertEquals("4 1/2 Kilometer", walk.text());
        assertEquals(2.25, only("en", "The hearing lasted 2 1/4 hours.").value(), 1e-9);
        assertEquals(7.5, only("en", "He has been in charge for 7 1/2 years.").value(), 1e-9);
    }

    @Test
    void readsAYearBeforeASlashShareAsTwoNumbers() {
        List<KeyFigure> figures = Readings.numbers("de", "Bei der Wahl 2024 3/4 der Stimmen zu holen, galt als Ziel.");
        assertEquals(List.of("date 2024", "count 0.75"), figures.stream().map(Readings::describe).toList());
    }

    @Test
    void leavesAWholeNumberBeforeAnImproperFractionAlone() {
        assertEquals(List.of(), extract("en", "Pupils in grades 9/10 and Windows 7/8 users took the test.").stream()
                .filter(figure -> figure.value() % 1 != 0).toList());
        List<KeyFigure> improper = Readings.numbers("en", "She checked 5 9/8 times.");
        assertEquals("count 5", Readings.describe(improper.get(0)));
        assertEquals(List.of(), improper.stream().filter(figure -> figure.value() % 1 != 0).toList());
    }

    @Test
    void leavesASlashPairWithoutAGroupOrUnitAlone() {
        assertEquals(List.of(), extract("en", "Pupils in grades 9/10 and Windows 7/8 users took the test."));
        assertEquals(List.of(), extract("de", "Die Klassen 5/6 schrieben die Arbeit."));
    }

    @Test
    void readsASlashFractionBeforeAUnit() {
        KeyFigure figure = only("de", "Er trank 1/2 Liter Wasser.");
        assertEquals(0.5, figure.value(), 1e-9);
        assertEquals("l", figure.unit().orElseThrow());
    }

    @Test
    void leavesRoundTheClockAndLongDenominatorsAlone() {
        String text = "The pharmacy is open 24/7 and answered 1/40 of the calls.";
        assertEquals(List.of(), extract("en", text));
    }

    @Test
    void keepsASlashedDateADate() {
        KeyFigure figure = only("en", "The museum reopened on 3/4/2026 after repairs.");
        assertEquals(FigureKind.DATE, figure.kind());
        assertEquals("2026-03-04", figure.date().orElseThrow());
    }

    @Test
    void addsAFractionJoinedByUndToTheWholeNumberAndItsScale() {
        KeyFigure figure = only("de", "Die Stadt zählte sechs und zwei Drittel Millionen Übernachtungen.");
        assertEquals(6_666_666.67, figure.value(), 0.01);
        assertEquals("sechs und zwei Drittel Millionen", figure.text());
    }

    @Test
    void addsThreeQuartersJoinedByAnd() {
        assertEquals(2.75, only("en", "The hike took two and three quarters hours.").value(), 1e-9);
    }

    @Test
    void readsTheGroupAGermanFractionIsAShareOf() {
        KeyFigure figure = only("de", "Zwei Drittel der Befragten lehnen den Plan ab.");
        assertEquals(2.0 / 3, figure.value(), 1e-9);
        assertEquals("Befragten", figure.label().orElseThrow().text());
    }

    @Test
    void readsTheGroupAnEnglishFractionIsAShareOfAfterOfThe() {
        assertEquals("members", only("en", "Three quarters of the members voted.").label().orElseThrow().text());
    }

    @Test
    void readsNoGroupAfterADecimal() {
        assertEquals(Optional.empty(), only("en", "The index fell to 0.5 of the peak.").label());
    }

    @Test
    void readsDieHaelfteOfAGroupWithItsQualifier() {
        KeyFigure figure = only("de", "Mehr als die Hälfte der Befragten lehnt den Plan ab.");
        assertEquals(0.5, figure.value(), 1e-9);
        assertEquals(Qualifier.MORE_THAN, figure.qualifier());
        assertEquals("Befragten", figure.label().orElseThrow().text());
    }

    @Test
    void readsNoShareInAHalfOfAPeriodOrAFallByHalf() {
        assertEquals(List.of(), extract("de", "In der zweiten Hälfte des Jahres sank der Umsatz um die Hälfte."));
        assertEquals(List.of(), extract("en", "Sales fell by half in the first half of the year."));
    }

    @Test
    void readsHalfOfAGroupOnlyWithOf() {
        assertEquals("members", only("en", "Half of the members were absent.").label().orElseThrow().text());
        assertEquals(List.of(), extract("en", "Tickets sold at half the price."));
    }

    @Test
    void readsNoShareInHalfOfAPeriod() {
        assertEquals(List.of(), extract("de", "Die Hälfte des Jahres war es kalt."));
        assertEquals(List.of(), extract("en", "Half of the time the trains are late."));
    }

    @Test
    void readsAHyphenatedFractionWord() {
        KeyFigure figure = only("en", "Nearly two-thirds of voters said yes.");
        assertEquals(2.0 / 3, figure.value(), 1e-9);
        assertEquals("voters", figure.label().orElseThrow().text());
    }
}
