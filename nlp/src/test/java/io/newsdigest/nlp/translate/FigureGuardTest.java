package io.newsdigest.nlp.translate;

import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.translate.FigureCheck.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureGuardTest {

    private final FakeFigures figures = new FakeFigures();
    private final FigureGuard guard = new FigureGuard(figures, figures);

    @Test
    void passesATranslationThatKeepsEveryFigure() {
        GuardedSentence result = guard.checkTranslation("Die Firma zahlte 2.200.112 Euro.", "de",
                "The company paid 2,200,112 euros.", "en");

        assertTrue(result.verified());
        assertEquals("The company paid 2,200,112 euros.", result.text());
        assertEquals(List.of(Outcome.MATCHED), outcomes(result));
    }

    @Test
    void repairsAMangledNumberFromTheUnambiguousSourceFigure() {
        GuardedSentence result = guard.checkTranslation("Die Firma zahlte 2.200.112 Euro.", "de",
                "The company paid 2,200,12 euros.", "en");

        assertTrue(result.verified());
        assertEquals("The company paid 2,200,112 euros.", result.text());
        assertEquals(List.of(Outcome.REPAIRED), outcomes(result));
        assertEquals(Optional.of("2,200,112 euros"), result.checks().get(0).replacement());
    }

    @Test
    void restoresAQualifierTheTranslationDropped() {
        GuardedSentence result = guard.checkTranslation("Dort stehen mehr als 625 Server.", "de",
                "There are 625 servers.", "en");

        assertTrue(result.verified());
        assertEquals("There are more than 625 servers.", result.text());
    }

    @Test
    void flagsTwoMangledFiguresOfTheSameKindWithoutGuessing() {
        String translation = "From 12 to 14 sites.";

        GuardedSentence result = guard.checkTranslation("Von 120 auf 140 Standorte.", "de", translation, "en");

        assertFalse(result.verified());
        assertEquals(translation, result.text());
        assertTrue(outcomes(result).contains(Outcome.UNEXPECTED));
        assertTrue(outcomes(result).contains(Outcome.MISSING));
    }

    @Test
    void flagsAFigureTheTranslationLeftOut() {
        GuardedSentence result = guard.checkTranslation("Es gab 17 Projekte und 4 % Wachstum.", "de",
                "There were 17 projects and growth.", "en");

        assertFalse(result.verified());
        assertTrue(outcomes(result).contains(Outcome.MISSING));
    }

    @Test
    void flagsAFigureTheTranslationInvented() {
        GuardedSentence result = guard.checkTranslation("Es gab Wachstum.", "de", "There was 4% growth.", "en");

        assertFalse(result.verified());
        assertEquals(List.of(Outcome.UNEXPECTED), outcomes(result));
        assertEquals(1, result.notes().size());
    }

    @Test
    void guardsEverySentenceOfATranslatorThatCorruptsNumbers() {
        Translator corrupting = new MappedTranslator("corrupting", Map.of(
                "Die Firma zahlte 2.200.112 Euro.", "The company paid 2,200,12 euros.",
                "Es kamen 300 Gäste.", "300 guests came.",
                "Von 120 auf 140 Standorte.", "From 12 to 14 sites.")::get);

        List<GuardedSentence> results = guard.translate(corrupting,
                List.of("Die Firma zahlte 2.200.112 Euro.", "Es kamen 300 Gäste.", "Von 120 auf 140 Standorte."));

        assertEquals(List.of("The company paid 2,200,112 euros.", "300 guests came.", "From 12 to 14 sites."),
                results.stream().map(GuardedSentence::text).toList());
        assertEquals(List.of(true, true, false), results.stream().map(GuardedSentence::verified).toList());
        assertTrue(results.get(0).repaired());
    }

    @Test
    void acceptsAGeneratedSentenceThatStatesOnlySomeOfTheArticleFigures() {
        List<KeyFigure> article = figures.extract("Es gab 17 Projekte und 300 Gäste.", List.of(), "de", Optional.empty());

        GuardedSentence result = guard.checkGenerated(article, article, "Es kamen 300 Gäste.", "de");

        assertTrue(result.verified());
    }

    @Test
    void leavesASentenceWithoutFiguresVerified() {
        GuardedSentence result = guard.checkTranslation("Es regnet.", "de", "It is raining.", "en");

        assertTrue(result.verified());
        assertTrue(result.checks().isEmpty());
    }

    private static List<Outcome> outcomes(GuardedSentence sentence) {
        return sentence.checks().stream().map(FigureCheck::outcome).toList();
    }
}
