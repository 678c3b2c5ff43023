package io.newsdigest.nlp.language;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CascadeLanguageDetectorTest {

    /** Answers a fixed guess and records what it was asked. */
    private static final class Recording implements LanguageDetector {
        final List<String> asked = new ArrayList<>();
        final String name;
        final String code;
        final double confidence;

        Recording(String name, String code, double confidence) {
            this.name = name;
            this.code = code;
            this.confidence = confidence;
        }

        @Override
        public synchronized LanguageGuess detect(CharSequence text) {
            asked.add(text.toString());
            return new LanguageGuess(code, confidence, List.of(new LanguageScore(code, confidence)), name);
        }
    }

    @Test
    void sendsShortTextsStraightToTheCarefulDetector() {
        Recording fast = new Recording("fast", "de", 0.99);
        Recording careful = new Recording("careful", "nl", 0.7);
        CascadeLanguageDetector cascade = new CascadeLanguageDetector(fast, careful, 20, 0.9);

        LanguageGuess guess = cascade.detect("Kurze Schlagzeile");

        assertEquals("careful", guess.detector());
        assertEquals("nl", guess.code());
        assertTrue(fast.asked.isEmpty(), "15 letters are below 20");
    }

    @Test
    void keepsAConfidentFastAnswerForLongTexts() {
        Recording fast = new Recording("fast", "de", 0.95);
        Recording careful = new Recording("careful", "nl", 0.7);
        CascadeLanguageDetector cascade = new CascadeLanguageDetector(fast, careful, 20, 0.9);

        LanguageGuess guess = cascade.detect("Die Regierung hat neue Zahlen vorgelegt.");

        assertEquals("fast", guess.detector());
        assertEquals("de", guess.code());
        assertTrue(careful.asked.isEmpty());
    }

    @Test
    void asksTheCarefulDetectorWhenTheFastOneIsUnsureOrUndetermined() {
        Recording careful = new Recording("careful", "af", 0.8);
        String text = "Die regering het nuwe syfers bekend gemaak.";
        assertEquals("careful", new CascadeLanguageDetector(new Recording("fast", "nl", 0.6), careful, 20, 0.9)
                .detect(text).detector());
        assertEquals("careful", new CascadeLanguageDetector(new Recording("fast", "und", 0.95), careful, 20, 0.9)
                .detect(text).detector());
        assertEquals(2, careful.asked.size());
    }

    @Test
    void detectAllRoutesEachTextAsDetectDoes() {
        Recording fast = new Recording("fast", "en", 0.97);
        Recording careful = new Recording("careful", "de", 0.9);
        CascadeLanguageDetector cascade = new CascadeLanguageDetector(fast, careful, 10, 0.9);
        List<String> texts = List.of("Kurz", "A rather longer English sentence.", "", "Noch kürzer");

        List<LanguageGuess> guesses = cascade.detectAll(texts);

        assertEquals(List.of("careful", "fast", "careful", "fast"), guesses.stream().map(LanguageGuess::detector).toList());
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(cascade.detect(texts.get(i)).detector(), guesses.get(i).detector());
        }
    }

    @Test
    void refusesThresholdsOutOfRange() {
        Recording any = new Recording("x", "de", 1);
        assertThrows(IllegalArgumentException.class, () -> new CascadeLanguageDetector(any, any, -1, 0.5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CascadeLanguageDetector(any, any, 10, 1.5));
        assertTrue(e.getMessage().contains("minConfidence"));
    }

    /** A detector that can be closed and says whether it was. */
    private static final class Closable implements LanguageDetector, AutoCloseable {
        final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public LanguageGuess detect(CharSequence text) {
            return new LanguageGuess("de", 1, List.of(), "closable");
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void backgroundDetectorWaitsForItsBuildAndClosesWhatItBuilt() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Closable built = new Closable();
        BackgroundLanguageDetector<Closable> background = BackgroundLanguageDetector.start("test-builder", () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return built;
        });
        assertFalse(background.isDone());
        release.countDown();
        assertEquals("closable", background.detect("Text").detector());
        background.close();
        background.close();
        assertTrue(built.closed.get());
    }

    @Test
    void backgroundDetectorClosedBeforeItsBuildFinishedClosesItAfterwards() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Closable built = new Closable();
        BackgroundLanguageDetector<Closable> background = BackgroundLanguageDetector.start("test-builder", () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return built;
        });
        background.close();
        release.countDown();
        for (int i = 0; i < 100 && !built.closed.get(); i++) {
            Thread.sleep(20);
        }
        assertTrue(built.closed.get());
    }

    @Test
    void backgroundDetectorNamesWhyItsBuildFailed() {
        BackgroundLanguageDetector<Closable> background = BackgroundLanguageDetector.start("test-builder", () -> {
            throw new IllegalArgumentException("no models in the jar");
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> background.detect("Text"));
        assertTrue(e.getMessage().contains("no models in the jar"), e.getMessage());
        background.close();
    }
}
