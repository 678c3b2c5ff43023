package io.newsdigest.nlp.language;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinguaLanguageDetectorTest {

    private static LinguaLanguageDetector detector;

    @BeforeAll
    static void build() {
        detector = LinguaLanguageDetector.builder().build();
    }

    @AfterAll
    static void close() {
        detector.close();
    }

    @Test
    void detectsGermanNewsSentence() {
        LanguageGuess guess = detector.detect("Die Regierung will die Steuern im nächsten Jahr deutlich senken.");
        assertEquals("de", guess.code());
        assertTrue(guess.confidence() > 0.9, "confidence " + guess.confidence());
    }

    @Test
    void detectsEnglishNewsSentence() {
        assertEquals("en", detector.detect("The central bank left interest rates unchanged on Thursday.").code());
    }

    @Test
    void doesNotCallDutchGerman() {
        assertEquals("nl", detector.detect("De regering wil volgend jaar de belastingen flink verlagen.").code());
    }

    @Test
    void doesNotCallAfrikaansEnglishOrGerman() {
        assertEquals("af", detector.detect("Die regering wil volgende jaar die belasting aansienlik verlaag.").code());
    }

    @Test
    void recognisesDanish() {
        assertEquals("da", detector.detect("Regeringen vil sænke skatterne betydeligt næste år.").code());
    }

    @Test
    void answersUndeterminedWithoutLetters() {
        LanguageGuess guess = detector.detect("12.5 % – 300");
        assertFalse(guess.isDetermined());
        assertEquals(0, guess.confidence());
    }

    @Test
    void answersUndeterminedForEmptyAndNullText() {
        assertEquals(LanguageGuess.UNDETERMINED_CODE, detector.detect("").code());
        assertEquals(LanguageGuess.UNDETERMINED_CODE, detector.detect(null).code());
    }

    @Test
    void answersUndeterminedWithLowConfidenceForAmbiguousWord() {
        LanguageGuess guess = detector.detect("Hotel");
        assertFalse(guess.isDetermined(), "guessed " + guess);
        assertTrue(guess.confidence() < 0.35);
        assertFalse(guess.candidates().isEmpty());
    }

    @Test
    void candidatesAreProbabilitiesBestFirst() {
        List<LanguageScore> candidates = detector.detect("Das Wetter wird morgen besser.").candidates();
        double sum = candidates.stream().mapToDouble(LanguageScore::confidence).sum();
        assertEquals(1.0, sum, 1e-6);
        for (int i = 1; i < candidates.size(); i++) {
            assertTrue(candidates.get(i - 1).confidence() >= candidates.get(i).confidence());
        }
    }

    @Test
    void rejectsUnknownLanguageCodeNamingTheParameter() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> LinguaLanguageDetector.builder().languages(Set.of("de", "xx")).build());
        assertTrue(error.getMessage().contains("languages"));
    }

    @Test
    void rejectsConfidenceOutsideUnitInterval() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> LinguaLanguageDetector.builder().minConfidence(1.5));
        assertTrue(error.getMessage().contains("minConfidence"));
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<String> texts = List.of("Die Bahn streikt heute bundesweit.", "Shares fell sharply in early trading.",
                "Het kabinet valt over de begroting.");
        List<String> expected = texts.stream().map(t -> detector.detect(t).code()).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<String>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> texts.stream().map(t -> detector.detect(t).code()).toList()));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        }
        assertEquals(List.of("de", "en", "nl"), expected);
    }
}
