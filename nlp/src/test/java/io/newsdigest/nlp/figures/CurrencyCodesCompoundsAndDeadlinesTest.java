package io.newsdigest.nlp.figures;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.newsdigest.nlp.figures.Extracted.extract;
import static io.newsdigest.nlp.figures.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Deadlines ("bis 2028"), currency codes glued to or scaling their amount ("USD115", "500 TEUR") and units joined
 * by a hyphen, also to spelled numbers
 * ("500-Euro-Schein", "Fünf-Prozent-Hürde"), on sentences written for these tests.
 */
class CurrencyCodesCompoundsAndDeadlinesTest {

    @Test
    void readsGermanBisBeforeAYearAsADeadline() {
        KeyFigure figure = only("de", "Die Brücke soll bis 2031 saniert sein.");
        assertEquals(FigureKind.DATE, figure.kind());
        assertEquals("2031", figure.date().orElseThrow());
        assertEquals(Qualifier.UP_TO, figure.qualifier());
    }

    @Test
    void readsEnglishByBeforeAYearAsADeadline() {
        KeyFigure figure = only("en", "The council wants the bridge repaired by 2031.");
        assertEquals("2031", figure.date().orElseThrow());
        assertEquals(Qualifier.UP_TO, figure.qualifier());
    }

    @Test
    void readsByTheEndOfAsADeadline() {
        assertEquals(Qualifier.UP_TO, only("en", "Work should finish by the end of 2030.").qualifier());
    }

    @Test
    void readsSpaetestensBeforeAYearAsADeadline() {
        assertEquals(Qualifier.UP_TO, only("de", "Das Werk soll spätestens 2029 Strom liefern.").qualifier());
    }

    @Test
    void readsNoLaterThanBeforeAYearAsADeadline() {
        assertEquals(Qualifier.UP_TO, only("en", "The plant must close no later than 2031.").qualifier());
    }

    @Test
    void keepsAYearAfterAnOrdinaryWordExact() {
        assertEquals(Qualifier.EXACT, only("en", "The plant was built later than planned, in 2019.").qualifier());
    }

    @Test
    void readsBisEndeAsADeadline() {
        assertEquals(Qualifier.UP_TO, only("de", "Die Arbeiten dauern bis Ende 2030.").qualifier());
    }

    @Test
    void keepsAYearAfterInExact() {
        assertEquals(Qualifier.EXACT, only("en", "The bridge opened in 1989.").qualifier());
    }

    @Test
    void keepsAYearRangeWithBisExact() {
        KeyFigure figure = only("de", "Von 2019 bis 2023 fehlte das Geld.");
        assertEquals(FigureKind.RANGE, figure.kind());
        assertEquals(Qualifier.EXACT, figure.qualifier());
    }

    @Test
    void readsACurrencyCodeGluedToDigits() {
        KeyFigure figure = only("en", "The tickets sold for USD340 each.");
        assertEquals(FigureKind.MONEY, figure.kind());
        assertEquals(340, figure.value());
        assertEquals("USD", figure.currency().orElseThrow());
        assertEquals("USD340", figure.text());
    }

    @Test
    void readsAGluedCurrencyCodeWithAGluedScale() {
        KeyFigure figure = only("en", "The utility raised EUR1.8bn in bonds.");
        assertEquals(1.8e9, figure.value(), 1);
        assertEquals("EUR", figure.currency().orElseThrow());
    }

    @Test
    void stillReadsAModelNameAsACode() {
        assertEquals(0, extract("en", "The X200 ships soon.").size());
    }

    @Test
    void readsTheCurrencyAtTheHeadOfAGermanCompound() {
        KeyFigure figure = only("de", "Im Automaten steckte ein 200-Euro-Schein.");
        assertEquals(FigureKind.MONEY, figure.kind());
        assertEquals(200, figure.value());
        assertEquals("EUR", figure.currency().orElseThrow());
    }

    @Test
    void readsAUnitAtTheHeadOfAGermanCompound() {
        KeyFigure figure = only("de", "Das 400-Meter-Becken wird gesperrt.");
        assertEquals(FigureKind.QUANTITY, figure.kind());
        assertEquals("m", figure.unit().orElseThrow());
    }

    @Test
    void readsAHyphenatedEnglishCurrency() {
        KeyFigure figure = only("en", "She tipped the driver with a 50-dollar note.");
        assertEquals("USD", figure.currency().orElseThrow());
        assertEquals(50, figure.value());
    }

    @Test
    void leavesACompoundWithoutAUnitAlone() {
        String text = "Sie suchen eine 4-Zimmer-Wohnung.";
        assertEquals(0, extract("de", text).size());
    }

    @Test
    void readsRupeesBySign() {
        KeyFigure figure = only("en", "The scheme costs Rs 250 crore.");
        assertEquals("INR", figure.currency().orElseThrow());
        assertEquals(2.5e9, figure.value(), 1);
    }

    @Test
    void readsAThousandsPrefixOnACurrencyCodeAsInGermanReports() {
        KeyFigure figure = only("de", "Das Ergebnis verbesserte sich um 740 TEUR.");
        assertEquals(740_000, figure.value(), 1e-6);
        assertEquals("EUR", figure.currency().orElseThrow());
    }

    @Test
    void readsAMillionsPrefixOnACurrencyCode() {
        KeyFigure figure = only("en", "Order intake grew to 61.5 MEUR.");
        assertEquals(61.5e6, figure.value(), 1e-3);
        assertEquals("EUR", figure.currency().orElseThrow());
    }

    @Test
    void readsAGluedMilAsMillion() {
        KeyFigure figure = only("en", "The striker signed for $4mil a year.");
        assertEquals(4e6, figure.value(), 1e-6);
        assertEquals("USD", figure.currency().orElseThrow());
    }

    @Test
    void readsASpelledPercentCompound() {
        KeyFigure figure = only("de", "Die Liste blieb unter der Drei-Prozent-Marke.");
        assertEquals(FigureKind.PERCENT, figure.kind());
        assertEquals(3, figure.value());
    }

    @Test
    void readsASpelledCurrencyCompound() {
        KeyFigure figure = only("de", "Im Kasten lag ein Fünfzig-Euro-Schein.");
        assertEquals(50, figure.value());
        assertEquals("EUR", figure.currency().orElseThrow());
    }

    @Test
    void readsASpelledEnglishCurrencyCompound() {
        assertEquals("USD", only("en", "The museum sells a five-dollar ticket.").currency().orElseThrow());
    }

    @Test
    void leavesASpelledCompoundWithoutAUnitAlone() {
        String text = "Sie mieten eine Vier-Zimmer-Wohnung.";
        assertEquals(0, extract("de", text).size());
    }

    @Test
    void readsACountryPrefixSetApartFromTheDollarSign() {
        KeyFigure figure = only("en", "The refit will cost C $ 40 million.");
        assertEquals("CAD", figure.currency().orElseThrow());
        assertEquals(40e6, figure.value());
    }

    @Test
    void neverReadsTheArticleBeforeADollarSignAsAustralian() {
        assertEquals("USD", only("en", "Visitors pay a $5 fee.").currency().orElseThrow());
        assertEquals("USD", only("en", "A $5 million grant was approved.").currency().orElseThrow());
    }

    @Test
    void givesACodeGluedToDigitsToThoseDigits() {
        String text = "The club handed out 3 USD50 vouchers.";
        List<KeyFigure> figures = extract("en", text);
        assertEquals(2, figures.size(), figures::toString);
        assertEquals(Optional.empty(), figures.get(0).currency());
        assertEquals(Optional.empty(), figures.get(0).label());
        assertEquals(50, figures.get(1).value());
        assertEquals("USD", figures.get(1).currency().orElseThrow());
    }

    @Test
    void appliesAScaleWordThatFollowsTheCurrencyCode() {
        KeyFigure figure = only("en", "They paid 75 USD million for the site.");
        assertEquals(75e6, figure.value());
        assertEquals("75 USD million", figure.text());
    }
}
