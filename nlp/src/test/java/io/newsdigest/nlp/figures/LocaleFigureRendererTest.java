package io.newsdigest.nlp.figures;

import io.newsdigest.nlp.translate.MappedTranslator;
import io.newsdigest.nlp.translate.Translator;
import io.newsdigest.nlp.translate.TranslatorProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Rendering of figures in German and English, on figures built here or extracted from our own sentences. */
class LocaleFigureRendererTest {

    private final RuleBasedFigureExtractor extractor = new RuleBasedFigureExtractor();
    private final LocaleFigureRenderer renderer = new LocaleFigureRenderer();

    private KeyFigure first(String language, String text) {
        return extractor.extract(text, Sentences.of(text), language, Optional.empty()).get(0);
    }

    private static KeyFigure money(double value, String currency) {
        return new KeyFigure("x", 0, 1, 0, FigureKind.MONEY, value, OptionalDouble.empty(), Optional.empty(),
                Optional.of(currency), Optional.empty(), Qualifier.EXACT, false, Optional.empty(), Optional.empty(),
                List.of(), 0);
    }

    @Test
    void writesGermanCountsInEnglish() {
        KeyFigure figure = first("de", "Es kamen mehr als 115.000 verbotene Nvidia-KI-Chips ins Land.");
        assertEquals("more than 115,000 chips", renderer.render(figure, "en"));
    }

    @Test
    void writesEnglishCountsInGerman() {
        KeyFigure figure = first("en", "They seized more than 115,000 chips.");
        assertEquals("mehr als 115.000 Chips", renderer.render(figure, "de"));
    }

    @Test
    void keepsTheSourceLabelInItsOwnLanguage() {
        KeyFigure figure = first("de", "Es kamen mehr als 115.000 verbotene Nvidia-KI-Chips ins Land.");
        assertEquals("mehr als 115.000 Nvidia-KI-Chips", renderer.render(figure, "de"));
    }

    @Test
    void tagsLabelsMissingFromTheGlossaryWithTheirLanguage() {
        KeyFigure figure = first("de", "Es gab 12 Wasserspeier.");
        assertEquals("12 Wasserspeier [de]", renderer.render(figure, "en"));
    }

    @Test
    void writesBillionsWithoutTheFalseFriend() {
        assertEquals("5 billion yuan", renderer.render(money(5e9, "CNY"), "en"));
        assertEquals("5 Milliarden Yuan", renderer.render(money(5e9, "CNY"), "de"));
    }

    @Test
    void writesAShareOfAGroupInWords() {
        KeyFigure share = first("en", "Two thirds of voters backed the plan.");
        assertEquals("two thirds of voters", renderer.render(share, "en"));
        assertEquals("zwei Drittel der Wähler", renderer.render(share, "de"));
    }

    @Test
    void writesHalfOfAGroupInWords() {
        KeyFigure share = first("de", "Mehr als die Hälfte der Mitglieder stimmte zu.");
        assertEquals("more than half of members", renderer.render(share, "en"));
        assertEquals("mehr als die Hälfte der Mitglieder", renderer.render(share, "de"));
    }

    @Test
    void keepsTheGenitiveAsWrittenInTheSameLanguage() {
        assertEquals("zwei Drittel des Geldes", renderer.render(first("de", "Zwei Drittel des Geldes flossen ab."), "de"));
        assertEquals("three quarters of the budget", renderer.render(first("en", "3/4 of the budget was spent."), "en"));
    }

    @Test
    void writesDegreesWithoutAScaleGluedToTheNumber() {
        assertEquals("up to 35°", renderer.render(first("de", "Es wird bis zu 35 Grad heiß."), "en"));
    }

    @Test
    void writesADecimalBelowOneAsADecimal() {
        assertEquals("0.5 points", renderer.render(first("en", "The index fell 0.5 points."), "en"));
    }

    @Test
    void takesAGroupThatIsSingularAndPluralAlikeAsPlural() {
        assertEquals("two thirds of residents", renderer.render(first("de", "Zwei Drittel der Anwohner sind dafür."), "en"));
    }

    @Test
    void keepsASingularGroupSingular() {
        assertEquals("1/8 of the area", renderer.render(first("de", "Nur 1/8 der Fläche ist bewaldet."), "en"));
    }

    @Test
    void keepsTheDeadlineWordOfADate() {
        KeyFigure deadline = first("de", "Die Anlage soll bis Juni 2027 fertig sein.");
        assertEquals("by June 2027", renderer.render(deadline, "en"));
        assertEquals("bis Juni 2027", renderer.render(deadline, "de"));
        assertEquals("June 2027", renderer.render(first("de", "Die Anlage war im Juni 2027 fertig."), "en"));
    }

    @Test
    void writesARepeatingFractionUnderItsScaleWordRounded() {
        assertEquals("6.667 million euros", renderer.render(money(20e6 / 3, "EUR"), "en"));
        assertEquals("6,667 Millionen Euro", renderer.render(money(20e6 / 3, "EUR"), "de"));
    }

    @Test
    void writesAnExactAmountThatAScaleWordWouldCutInFull() {
        assertEquals("1,234,567 euros", renderer.render(money(1_234_567, "EUR"), "en"));
    }

    @Test
    void writesGermanBillionForTenToTheTwelfth() {
        assertEquals("1 Billion Euro", renderer.render(money(1e12, "EUR"), "de"));
        assertEquals("1 trillion euros", renderer.render(money(1e12, "EUR"), "en"));
    }

    @Test
    void marksEstimates() {
        KeyFigure figure = first("de", "US-Beamte schätzen, dass nur etwa 25.000 eingeschränkte Nvidia-Prozessoren ankamen.");
        assertEquals("about 25,000 processors (estimated)", renderer.render(figure, "en"));
    }

    @Test
    void writesTheEquivalentWithItsIsoCode() {
        KeyFigure figure = first("de", "Sie investierten mehr als 5 Milliarden Yuan (700 Millionen US-Dollar).");
        assertEquals("more than 5 billion yuan ≈ 700 million USD", renderer.render(figure, "en"));
    }

    @Test
    void writesDecimalsInTheTargetFormat() {
        assertEquals("1,5 Milliarden Euro", renderer.render(money(1.5e9, "EUR"), "de"));
        assertEquals("1.5 billion euros", renderer.render(money(1.5e9, "EUR"), "en"));
    }

    @Test
    void writesPercentAndPercentagePoints() {
        assertEquals("12,5 %", renderer.render(first("en", "It was 12.5%."), "de"));
        assertEquals("3 percentage points", renderer.render(first("de", "Sie stieg um 3 Prozentpunkte."), "en"));
    }

    @Test
    void writesDatesInTheTargetLanguage() {
        assertEquals("June 2025", renderer.render(first("de", "Fertig im Juni 2025."), "en"));
        assertEquals("1. Juni 2025", renderer.render(first("en", "It opened on June 1, 2025."), "de"));
    }

    @Test
    void writesRanges() {
        assertEquals("20 to 25%", renderer.render(first("de", "Sie steigen um 20 bis 25 Prozent."), "en"));
        assertEquals("2025–2026", renderer.render(first("de", "Der Bau läuft 2025–2026."), "en"));
    }

    @Test
    void writesFiguresThatWouldLoseDigitsInFull() {
        assertEquals("1,234,567 euros", renderer.render(money(1_234_567, "EUR"), "en"));
    }

    @Test
    void treatsUnknownTargetLanguagesAsEnglish() {
        assertFalse(renderer.render(money(5e9, "CNY"), "fr").isBlank());
        assertEquals("5 billion yuan", renderer.render(money(5e9, "CNY"), "fr"));
    }

    private static TranslatorProvider provider(Translator translator) {
        return new TranslatorProvider() {
            @Override
            public Optional<Translator> find(String source, String target) {
                return "de".equals(source) && "en".equals(target) ? Optional.of(translator) : Optional.empty();
            }

            @Override
            public String suggestModel(String source, String target) {
                return "opus-mt-" + source + "-" + target;
            }
        };
    }

    @Test
    void takesLabelsFromAnInstalledTranslator() {
        LocaleFigureRenderer translating = new LocaleFigureRenderer(
                provider(new MappedTranslator("test", text -> "Xinjiang projects")));
        KeyFigure figure = first("de", "Sieben Xinjiang-Projekte sind im Bau.");
        assertEquals("7 Xinjiang projects", translating.render(figure, "en"));
    }

    @Test
    void fallsBackToTheGlossaryWhenTheTranslatorFails() {
        LocaleFigureRenderer failing = new LocaleFigureRenderer(provider(new MappedTranslator("test", text -> {
            throw new IllegalStateException("model failed");
        })));
        KeyFigure figure = first("de", "Sieben Xinjiang-Projekte sind im Bau.");
        assertEquals("7 projects", failing.render(figure, "en"));
    }

    @Test
    void keepsTheCentsOfSmallAmounts() {
        assertEquals("12,50 Euro", renderer.render(money(12.5, "EUR"), "de"));
    }

    private String reading(String language, String text, String target) {
        return renderer.render(Readings.numbers(language, text).get(0), target);
    }

    @Test
    void writesYearSpansAsYearsInBothLanguages() {
        assertEquals("2025–2026", renderer.render(first("de", "Der Bau läuft 2025–2026."), "en"));
        assertEquals("2025–2026", renderer.render(first("en", "Construction runs 2025-2026."), "de"));
    }

    @Test
    void writesASpanOfDaysWithItsMonthOnce() {
        assertEquals("May 7–9, 2026", renderer.render(first("de", "Die Messe läuft vom 7. bis 9. Mai 2026."), "en"));
        assertEquals("7.–9. Mai 2026", renderer.render(first("en", "The fair runs from the 7th to the 9th of May 2026."),
                "de"));
    }

    @Test
    void writesADayWithoutAYear() {
        assertEquals("May 3", renderer.render(first("de", "Die Messe beginnt am 3. Mai."), "en"));
        assertEquals("3. Mai", renderer.render(first("en", "The fair opens on May 3."), "de"));
    }

    @Test
    void writesAgesTimesOrdinalsAndScoresInTheTargetLanguage() {
        assertEquals("23 years old", renderer.render(first("de", "Der 23-Jährige floh."), "en"));
        assertEquals("23 Jahre alt", renderer.render(first("en", "The 23-year-old fled."), "de"));
        assertEquals("21:30 Uhr", reading("en", "Doors open at 9.30pm.", "de"));
        assertEquals("21:30", reading("de", "Der Einlass ist um 21.30 Uhr.", "en"));
        assertEquals("84th", reading("de", "Er traf in der 84. Minute.", "en"));
        assertEquals("84.", reading("en", "He scored in the 84th minute.", "de"));
        assertEquals("3:1", reading("en", "The hosts won 3-1.", "de"));
    }
}
