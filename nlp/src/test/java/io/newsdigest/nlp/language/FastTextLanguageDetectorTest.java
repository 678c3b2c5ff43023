package io.newsdigest.nlp.language;

import io.newsdigest.models.BundledModels;
import io.newsdigest.nlp.text.RuleSentenceSplitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ONNX detector on sentences written for these tests. */
class FastTextLanguageDetectorTest {

    private static final List<String> TEXTS = List.of(
            "Die Landesregierung hat am Dienstag einen neuen Haushaltsentwurf vorgelegt, der deutlich höhere"
                    + " Ausgaben für Schulen vorsieht.",
            "The city council approved the new budget late on Tuesday after a long debate about school funding.",
            "De gemeenteraad heeft dinsdagavond laat de nieuwe begroting goedgekeurd na een lang debat.",
            "Kommunalbestyrelsen godkendte tirsdag aften det nye budget efter en lang debat om skolerne.",
            "Le conseil municipal a adopté mardi soir le nouveau budget après un long débat sur les écoles.",
            "Die stadsraad het Dinsdagaand laat die nuwe begroting goedgekeur na 'n lang debat oor skole.",
            "Kommunestyret vedtok det nye budsjettet sent tirsdag kveld etter en lang debatt om skolene.");
    private static final List<String> CODES = List.of("de", "en", "nl", "da", "fr", "af", "nb");

    private static BundledModels bundled;
    private static FastTextLanguageDetector detector;

    @BeforeAll
    static void open() {
        bundled = BundledModels.open();
        detector = FastTextLanguageDetector.builder().open(bundled.store().requireVerified(BundledModels.LANGUAGE_ID));
    }

    @AfterAll
    static void close() {
        detector.close();
        detector.close();
        bundled.close();
    }

    @Test
    void detectsNewsSentencesOfGermanEnglishAndTheirConfusables() {
        for (int i = 0; i < TEXTS.size(); i++) {
            LanguageGuess guess = detector.detect(TEXTS.get(i));
            assertEquals(CODES.get(i), guess.code(), TEXTS.get(i));
            assertEquals(BundledModels.LANGUAGE_ID, guess.detector());
            assertEquals(guess.code(), guess.candidates().getFirst().code());
            assertTrue(guess.candidates().size() == 5, "five candidates, best first");
        }
        assertTrue(detector.detect(TEXTS.get(0)).confidence() > 0.9);
    }

    @Test
    void scoresManyTextsInOneRunAsItScoresEachAlone() {
        List<String> texts = new ArrayList<>(TEXTS);
        texts.add(2, "");
        texts.add("x");
        List<LanguageGuess> together = detector.detectAll(texts);
        assertEquals(texts.size(), together.size());
        for (int i = 0; i < texts.size(); i++) {
            LanguageGuess alone = detector.detect(texts.get(i));
            assertEquals(alone.code(), together.get(i).code(), texts.get(i));
            assertEquals(alone.confidence(), together.get(i).confidence(), 1e-6, texts.get(i));
        }
    }

    @Test
    void answersUndeterminedForTextsWithoutLettersAndNeverThrows() {
        for (String text : new String[]{"", "   ", "12 345,67 €", "!!!", "\u0000\u0000", "\uD800", null}) {
            LanguageGuess guess = detector.detect(text);
            assertFalse(guess.isDetermined(), String.valueOf(text));
            assertEquals(0, guess.confidence());
        }
    }

    @Test
    void looksAtTheFirstCharactersOfVeryLongTexts() {
        String german = TEXTS.get(0) + " ";
        String english = TEXTS.get(1) + " ";
        String text = german.repeat(40) + english.repeat(400);
        assertEquals("de", detector.detect(text).code(), "only the first 1,000 characters count");
        String shortCut = german.repeat(2) + english.repeat(40);
        try (FastTextLanguageDetector longer = FastTextLanguageDetector.builder().maxChars(5000)
                .open(bundled.store().requireVerified(BundledModels.LANGUAGE_ID))) {
            assertEquals("en", longer.detect(shortCut).code());
        }
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<String> expected = TEXTS.stream().map(t -> detector.detect(t).code()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    List<String> codes = new ArrayList<>();
                    for (int round = 0; round < 25; round++) {
                        codes = detector.detectAll(TEXTS).stream().map(LanguageGuess::code).toList();
                    }
                    return codes;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void findsTheEnglishQuoteInAGermanArticle() {
        String text = "Der Konzern meldete am Montag einen Rekordgewinn für das vergangene Geschäftsjahr. "
                + "Die Aktie stieg daraufhin an der Frankfurter Börse kräftig. "
                + "We are very proud of our team and of what it achieved this year, the chief executive said. "
                + "Analysten hatten zuvor mit einem deutlich geringeren Gewinn gerechnet.";
        SentenceLanguages languages = SentenceLanguages.of(detector, text, new RuleSentenceSplitter().split(text, "de"));
        assertEquals(List.of("de", "de", "en", "de"),
                languages.sentences().stream().map(s -> s.guess().code()).toList());
        assertEquals("de", languages.dominant().code());
        assertTrue(languages.isMixed());
    }
}
