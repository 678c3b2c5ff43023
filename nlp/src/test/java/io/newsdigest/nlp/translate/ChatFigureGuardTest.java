package io.newsdigest.nlp.translate;

import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.figures.LocaleFigureRenderer;
import io.newsdigest.nlp.figures.RuleBasedFigureExtractor;
import io.newsdigest.nlp.text.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figure guard with the real extractor on what a chat model writes from a German source: every figure must be
 * the source's after scale and unit normalization, with a qualifier the source implies; nothing is repaired.
 * Sentences written for this test.
 */
class ChatFigureGuardTest {

    private static final String SOURCE = "Der Betreiber investiert mehr als 5 Milliarden Yuan (700 Millionen US-Dollar)"
            + " in den Jahren 2025–2026. Die Anlage liefert 480 Megawatt. Sie kostet genau 120 Millionen Euro."
            + " Im Rechenzentrum stehen 625 H100-Server.";

    private final RuleBasedFigureExtractor extractor = new RuleBasedFigureExtractor();
    private final FigureGuard guard = new FigureGuard(extractor, new LocaleFigureRenderer());
    private final List<KeyFigure> sourceFigures = extractor.extract(SOURCE,
            List.of(new Sentence(0, 0, SOURCE.length(), SOURCE)), "de", Optional.empty());

    private GuardedSentence written(String output) {
        return guard.checkWritten(SOURCE, sourceFigures, output, "en");
    }

    @Test
    void acceptsTheSourceFiguresInEnglishWording() {
        GuardedSentence checked = written("The operator is investing more than 5 billion yuan ($700 million) in"
                + " 2025 and 2026; the plant delivers 480 MW.");

        assertTrue(checked.unbackedFigures().isEmpty(), checked.notes().toString());
        assertTrue(checked.verified());
    }

    @Test
    void acceptsAnotherScaleOfTheSameUnitAndTheConversionAlone() {
        assertTrue(written("The plant delivers 480,000 kW.").unbackedFigures().isEmpty());
        assertTrue(written("The operator invests about $700 million.").unbackedFigures().isEmpty());
    }

    @Test
    void namesAFigureTheSourceDoesNotBackAndRepairsNothing() {
        String output = "The operator is investing more than 50 billion yuan.";

        GuardedSentence checked = written(output);

        assertEquals(List.of("50 billion yuan"), checked.unbackedFigures());
        assertEquals(output, checked.text(), "a chat model's figure is never rewritten");
        assertFalse(checked.verified());
    }

    @Test
    void acceptsAWeakerQualifierButNotAStrongerOne() {
        assertTrue(written("The plant costs about 120 million euros.").unbackedFigures().isEmpty(),
                "'about' is true of an exact figure");
        assertEquals(List.of("120 million euros"),
                written("The plant costs more than 120 million euros.").unbackedFigures());
        assertEquals(List.of("5 billion yuan"), written("The operator invests 5 billion yuan.").unbackedFigures(),
                "dropping 'more than' states the figure as exact");
    }

    @Test
    void holdsDigitsOutsideFiguresToTheSourceToo() {
        assertTrue(written("The data centre houses 625 H100 servers.").unbackedFigures().isEmpty());
        assertEquals(List.of("200"), written("The data centre runs H200 servers.").unbackedFigures());
    }

    @Test
    void doesNotReadTheWordOneAsAFigure() {
        assertTrue(written("One operator invests more than 5 billion yuan.").unbackedFigures().isEmpty());
    }

    @Test
    void neverRepairsATranslationWhenAskedNot() {
        GuardedSentence never = guard.checkTranslation("Die Stadt hat 4500 Einwohner.", "de",
                "The city has 45000 inhabitants.", "en", FigureGuard.Repairs.NEVER);
        GuardedSentence allowed = guard.checkTranslation("Die Stadt hat 4500 Einwohner.", "de",
                "The city has 45000 inhabitants.", "en");

        assertEquals(List.of("45000"), never.unbackedFigures());
        assertEquals("The city has 45000 inhabitants.", never.text());
        assertTrue(allowed.unbackedFigures().isEmpty());
        assertEquals("The city has 4,500 inhabitants.", allowed.text());
        assertTrue(allowed.notes().get(0).contains("'45000' did not match the source '4500'"), allowed.notes().toString());
    }
}
