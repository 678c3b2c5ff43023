package io.newsdigest.nlp.figures;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.newsdigest.nlp.figures.Extracted.extract;
import static io.newsdigest.nlp.figures.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behaviour of the extractor on short sentences written for these tests. */
class RuleBasedFigureExtractorTest {

    private final RuleBasedFigureExtractor extractor = new RuleBasedFigureExtractor();

    @Test
    void keepsThousandsSeparatorInGermanFigures() {
        assertEquals(115_000, only("de", "Es kamen 115.000 Chips an.").value());
    }

    @Test
    void keepsThousandsSeparatorInEnglishFigures() {
        assertEquals(115_000, only("en", "They shipped 115,000 chips.").value());
    }

    @Test
    void readsGermanDecimalComma() {
        assertEquals(1.5, only("de", "Der Wert lag bei 1,5 Punkten.").value());
    }

    @Test
    void readsEnglishDecimalPoint() {
        assertEquals(4.2, only("en", "The index rose to 4.2 points.").value());
    }

    @Test
    void readsThreeDigitsAfterAPointAsGroupsInGermanButAsDecimalsInEnglish() {
        assertEquals(2804, only("de", "Es waren 2.804 Fälle.").value());
        assertEquals(2.804, only("en", "It was 2.804 points.").value(), 1e-9);
    }

    @Test
    void readsSwissApostropheAsGrouping() {
        assertEquals(100_000, only("de", "Er zahlte 100'000 Franken.").value());
    }

    @Test
    void keepsTheSignOfNegativeNumbers() {
        assertEquals(-5, only("de", "Es hatte -5 Grad.").value());
    }

    @Test
    void readsGermanScaleAbbreviations() {
        assertEquals(1.5e9, only("de", "Der Bund gibt 1,5 Mrd. Euro aus").value());
    }

    @Test
    void readsGermanBillionAsTenToTheTwelfth() {
        assertEquals(1e12, only("de", "Die Schulden betragen 2 Billionen Euro.").value() / 2);
    }

    @Test
    void readsEnglishBillionAsTenToTheNinth() {
        assertEquals(2e9, only("en", "The debt is 2 billion euros.").value());
    }

    @Test
    void readsScaleSuffixesGluedToDigits() {
        assertEquals(5e9, only("en", "The deal was worth $5bn.").value());
        assertEquals(3e3, only("en", "Rents rose by 3k dollars.").value());
    }

    @Test
    void readsGluedMAsMillionOnlyAfterACurrencySign() {
        assertEquals(3.2e6, only("en", "The club paid £3.2m for him.").value());
        assertEquals("m", only("en", "The wall is 4m high.").unit().orElseThrow());
    }

    @Test
    void readsSpelledOutGermanNumbers() {
        assertEquals(7, only("de", "Sieben Projekte sind geplant.").value());
        assertEquals(25, only("de", "Es kamen fünfundzwanzig Gäste.").value());
    }

    @Test
    void readsHalfAMillionInGerman() {
        assertEquals(500_000, only("de", "Eine halbe Million Menschen kam.").value());
    }

    @Test
    void readsDozensInEnglish() {
        assertEquals(24, only("en", "Two dozen companies signed.").value());
    }

    @Test
    void ignoresAnArticleThatIsNoNumber() {
        assertTrue(extract("de", "Ein Mann kaufte eine Zeitung.").isEmpty());
    }

    @Test
    void ignoresModelNamesAndCodes() {
        assertTrue(extract("en", "The H100, the R1 model, the G7 and Covid-19 filled A4 pages.").isEmpty());
    }

    @Test
    void labelsCountsWithTheCountedNoun() {
        KeyFigure figure = only("de", "Es kamen 115.000 verbotene Nvidia-KI-Chips ins Land.");
        assertEquals(FigureKind.COUNT, figure.kind());
        assertEquals("Nvidia-KI-Chips", figure.label().orElseThrow().text());
        assertEquals("Chip", figure.label().orElseThrow().lemma());
    }

    @Test
    void lemmatizesEnglishLabels() {
        assertEquals("processor", only("en", "They seized 25,000 restricted processors.").label().orElseThrow().lemma());
    }

    @Test
    void lemmatizesGermanDativePlural() {
        assertEquals("Server", only("de", "Sie arbeiten mit 625 H100-Servern.").label().orElseThrow().lemma());
    }

    @Test
    void mapsCurrencyNamesToIsoCodes() {
        assertEquals("CNY", only("de", "Es kostete 5 Milliarden Yuan.").currency().orElseThrow());
        assertEquals("USD", only("de", "Es kostete 5 US-Dollar.").currency().orElseThrow());
        assertEquals("GBP", only("en", "It cost £5.").currency().orElseThrow());
        assertEquals("CHF", only("de", "Es kostete 5 Franken.").currency().orElseThrow());
        assertEquals("JPY", only("en", "It cost 5 yen.").currency().orElseThrow());
        assertEquals("EUR", only("de", "Es kostete 5 €.").currency().orElseThrow());
    }

    @Test
    void readsQuantitiesWithUnits() {
        KeyFigure figure = only("de", "Das Werk liefert 480 MW Strom.");
        assertEquals(FigureKind.QUANTITY, figure.kind());
        assertEquals("MW", figure.unit().orElseThrow());
    }

    @Test
    void tellsPercentFromPercentagePoints() {
        assertEquals("%", only("de", "Die Quote liegt bei 12,5 Prozent.").unit().orElseThrow());
        assertEquals("pp", only("en", "The rate rose 3 percentage points.").unit().orElseThrow());
    }

    @Test
    void readsRangesWithTheirUnit() {
        KeyFigure figure = only("de", "Die Preise steigen um 20 bis 25 Prozent.");
        assertEquals(FigureKind.RANGE, figure.kind());
        assertEquals(20, figure.value());
        assertEquals(25, figure.valueTo().orElseThrow());
        assertEquals("%", figure.unit().orElseThrow());
    }

    @Test
    void readsBetweenAndAsARange() {
        KeyFigure figure = only("en", "Between 5 and 7 projects are planned.");
        assertEquals(7, figure.valueTo().orElseThrow());
    }

    @Test
    void appliesTheScaleOfARangesUpperBoundToItsLowerBound() {
        assertEquals(5e6, only("de", "Es kostet 5 bis 7 Millionen Euro.").value());
    }

    @Test
    void keepsYearRangesAsDates() {
        KeyFigure figure = only("de", "Der Bau läuft 2025–2026.");
        assertEquals(FigureKind.RANGE, figure.kind());
        assertEquals("2025/2026", figure.date().orElseThrow());
    }

    @Test
    void readsMonthAndYearAsADate() {
        KeyFigure figure = only("de", "Fertig bis Juni 2025.");
        assertEquals(FigureKind.DATE, figure.kind());
        assertEquals("2025-06", figure.date().orElseThrow());
    }

    @Test
    void neverCountsAYear() {
        KeyFigure figure = only("en", "Prices fell in 2022, officials said.");
        assertEquals(FigureKind.DATE, figure.kind());
        assertEquals("2022", figure.date().orElseThrow());
    }

    @Test
    void readsFullGermanDates() {
        assertEquals("2024-05-03", only("de", "Am 3. Mai 2024 begann es.").date().orElseThrow());
    }

    @Test
    void skipsGermanOrdinals() {
        assertTrue(extract("de", "Er belegte den 4. Platz im Rennen.").isEmpty());
    }

    @Test
    void readsQualifiers() {
        assertEquals(Qualifier.MORE_THAN, only("de", "Es kamen mehr als 100 Gäste.").qualifier());
        assertEquals(Qualifier.ABOUT, only("de", "Es kamen etwa 100 Gäste.").qualifier());
        assertEquals(Qualifier.AT_LEAST, only("de", "Es kamen mindestens 100 Gäste.").qualifier());
        assertEquals(Qualifier.LESS_THAN, only("en", "Fewer than 100 guests came.").qualifier());
        assertEquals(Qualifier.UP_TO, only("de", "Es kamen bis zu 100 Gäste.").qualifier());
        assertEquals(Qualifier.EXACT, only("en", "Exactly 100 guests came.").qualifier());
    }

    @Test
    void flagsEstimates() {
        assertTrue(only("de", "Beamte schätzen, dass 25.000 Chips fehlen.").estimated());
        assertFalse(only("de", "Beamte zählten 25.000 Chips.").estimated());
    }

    @Test
    void linksAConversionInParentheses() {
        KeyFigure figure = only("de", "Es kostete 5 Milliarden Yuan (700 Millionen US-Dollar).");
        FigureEquivalent equivalent = figure.equivalent().orElseThrow();
        assertEquals(7e8, equivalent.value());
        assertEquals("USD", equivalent.currency().orElseThrow());
    }

    @Test
    void foldsRepeatedMentions() {
        KeyFigure figure = only("en", "It cost $5bn. The $5bn were paid.");
        assertEquals(1, figure.mentions().size());
        assertEquals(1, figure.mentions().get(0).sentenceIndex());
    }

    @Test
    void pointsEveryFigureAtItsSpan() {
        String text = "Sie zahlten 5 Milliarden Yuan für 625 Server.";
        for (KeyFigure figure : extract("de", text)) {
            assertEquals(figure.text(), text.substring(figure.start(), figure.end()));
        }
    }

    @Test
    void ranksMoneyAboveDates() {
        List<KeyFigure> figures = extract("en", "In 2022 the company paid $5bn.");
        KeyFigure date = figures.stream().filter(f -> f.kind() == FigureKind.DATE).findFirst().orElseThrow();
        KeyFigure money = figures.stream().filter(f -> f.kind() == FigureKind.MONEY).findFirst().orElseThrow();
        assertTrue(money.salience() > date.salience());
    }

    @Test
    void raisesFiguresTheTitleRepeats() {
        String text = "It sold 40 cars. It sold 40 trucks.";
        KeyFigure withTitle = extractor.extract(text, Sentences.of(text), "en", Optional.of("Dealer sells trucks"))
                .get(1);
        KeyFigure without = extract("en", text).get(1);
        assertTrue(withTitle.salience() > without.salience());
    }

    @Test
    void keepsSalienceInTheUnitInterval() {
        for (KeyFigure figure : extract("en", "It cost $5 trillion. 1,000,000 people came. It was 99.9%.")) {
            assertTrue(figure.salience() >= 0 && figure.salience() <= 1, figure::toString);
        }
    }

    @Test
    void findsNothingInAnEmptyText() {
        assertTrue(extractor.extract("", List.of(), "de", Optional.empty()).isEmpty());
    }

    @Test
    void readsIsoAndSlashedDates() {
        assertEquals("2025-06-01", only("en", "It opens on 2025-06-01.").date().orElseThrow());
        assertEquals("2015-01-02", only("en", "It opened on 1/2/2015.").date().orElseThrow());
        assertEquals("2015-02-01", only("de", "Es begann am 1/2/2015.").date().orElseThrow());
    }

    @Test
    void ignoresDigitsInWebAddresses() {
        assertTrue(extract("en", "See https://example.org/2024/05/report-115 for details.").isEmpty());
    }

    @Test
    void addsCentsToTheAmount() {
        assertEquals(15.15, only("de", "Es kostet nur 15 Dollar und 15 Cent.").value(), 1e-9);
    }

    @Test
    void readsSpokenDecimals() {
        assertEquals(200.03, only("en", "The score was two hundred point zero three.").value(), 1e-9);
    }

    @Test
    void readsGermanNumbersWithOneAndAHalf() {
        assertEquals(1.5e9, only("de", "Das kostet eineinhalb Milliarden Euro.").value());
    }

    @Test
    void readsFractionsOfTheLastNumber() {
        assertEquals(7.5e8, only("en", "It costs three quarters billion dollars.").value());
    }

    @Test
    void keepsAYearBeforeAVerbAsADate() {
        assertEquals(FigureKind.DATE, only("de", "Die Verbände hatten 2021 gegen den Bau geklagt.").kind());
    }

    @Test
    void countsAYearLikeNumberThatCountsSomething() {
        assertEquals(FigureKind.COUNT, only("de", "Es kamen 2000 Menschen.").kind());
    }

    @Test
    void readsTrailingQualifiers() {
        assertEquals(Qualifier.AT_LEAST, only("en", "It needs 200 votes or more.").qualifier());
    }

    @Test
    void readsAHyphenatedUnit() {
        assertEquals("in", only("en", "It has a 3-inch screen.").unit().orElseThrow());
    }

    @Test
    void keepsPhoneNumbersOutOfRanges() {
        assertTrue(extract("en", "Call +1-222-2222 now.").stream().noneMatch(f -> f.kind() == FigureKind.RANGE));
    }

    @Test
    void readsNoFigureInAStockIndexName() {
        List<KeyFigure> figures = extract("en", "The S&P 500 rose 1.2% while the FTSE 100 fell.");
        assertEquals(List.of(1.2), figures.stream().map(KeyFigure::value).toList());
    }

    @Test
    void readsNoFigureInAHouseNumberACategoryOrAProductModel() {
        assertEquals(List.of(), extract("de", "Der Sturm der Kategorie 4 traf das Haus in der Königstraße 12."));
        assertEquals(List.of(), extract("en", "The Boeing 737 and the iPhone 15 were shown at 221B Baker Street."));
    }

    @Test
    void readsAGluedBAsBillionOnlyAfterACurrencySign() {
        assertEquals(5e9, only("en", "The deal was worth $5B.").value());
    }

    @Test
    void readsAnEnglishDayAndMonthAtTheEndOfASentenceAsADateNotACount() {
        KeyFigure date = only("en", "The leaders met in Hiroshima on May 19.");
        assertEquals(Optional.of("--05-19"), date.date());
        assertEquals(FigureType.DATE, date.type());
    }

    @Test
    void readsNoFigureInAVoteTallyButKeepsARisingRange() {
        assertEquals(List.of(), extract("en", "The bill passed 52-48 in the Senate."));
        assertEquals(15, only("en", "Between 10-15 people came.").valueTo().orElseThrow());
    }

    @Test
    void readsNoCountInOneOfAGroup() {
        assertEquals(List.of(10.0), extract("en", "She is one of the world's top 10 players.").stream()
                .map(KeyFigure::value).toList());
    }

    @Test
    void readsNoFigureInATimeOfDayOrAScore() {
        assertEquals(List.of(), extract("de", "Um 14:30 Uhr stand es 3:1 für die Gastgeber."));
        assertEquals(40, only("en", "The meeting starts at 9:30 with 40 guests.").value());
    }

    @Test
    void endsAnEnglishLabelAtTheVerbAfterItsNoun() {
        assertEquals("staff", only("en", "Nearly 300 staff left the plant.").label().orElseThrow().text());
        assertEquals("crew", only("en", "About 40 crew voted against it.").label().orElseThrow().text());
    }

    @Test
    void labelsGermanCompoundsByTheirGlossaryHead() {
        assertEquals("Zugvogel", only("de", "Es starben 3.000 Zugvögel.").label().orElseThrow().lemma());
    }

    @Test
    void keepsAMoveToAnotherAmountOutOfRanges() {
        KeyFigure figure = extract("en", "Shares rose 3.5 per cent to 142.30 pence.").get(0);
        assertEquals(FigureKind.PERCENT, figure.kind());
        assertTrue(figure.valueTo().isEmpty());
    }

    @Test
    void readsTemperaturesGluedToTheirScale() {
        assertEquals("°C", only("en", "Temperatures reached 41.2C on Tuesday.").unit().orElseThrow());
    }

    @Test
    void endsEnglishLabelsAtAnIrregularPlural() {
        assertEquals("people", only("en", "Some 3 million people voted.").label().orElseThrow().text());
    }

    @Test
    void readsComparisonSigns() {
        assertEquals(Qualifier.AT_LEAST, only("en", "It holds when x >= 30.").qualifier());
    }

    @Test
    void readsLongComparisonCues() {
        assertEquals(Qualifier.UP_TO, only("en", "His score is less than or equal to 30.").qualifier());
    }

    @Test
    void keepsFiguresWithOpposingQualifiersApart() {
        assertEquals(2, extract("en", "More than 40 and less than 40 are not the same.").size());
    }

    @Test
    void doesNotReadAComparisonWithTheNextNumberAsATrailingQualifier() {
        assertEquals(Qualifier.EXACT, extract("en", "It is 5000 or less than 6000.").get(0).qualifier());
    }

    @Test
    void ignoresNumbersThatNameALineArticleOrGate() {
        assertTrue(extract("de", "Die Straßenbahnlinie 7 fährt ab Montag öfter.").isEmpty());
        assertTrue(extract("de", "Laut Artikel 5 und Nr. 12 der Satzung gilt das.").isEmpty());
        assertTrue(extract("en", "Passengers for Line 4 should go to gate 12.").isEmpty());
    }

    @Test
    void stillCountsThingsAfterOrdinaryNouns() {
        assertEquals(7, only("de", "Die Stadt baut 7 neue Linien.").value());
    }
}
