package io.newsdigest.nlp.figures;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One extractor shared by many threads gives every thread the same answer as a single thread gets. */
class ExtractorConcurrencyTest {

    private static final String TEXT = "Die Firma investierte mehr als 5 Milliarden Yuan (700 Millionen US-Dollar). "
            + "Sieben Projekte mit fünfundzwanzig Servern sollen bis Juni 2025 fertig sein. "
            + "Der Anteil stieg um 20 bis 25 Prozent.";

    @Test
    void givesEveryThreadTheSameFigures() throws Exception {
        RuleBasedFigureExtractor extractor = new RuleBasedFigureExtractor();
        List<KeyFigure> expected = extractor.extract(TEXT, Sentences.of(TEXT), "de", Optional.empty());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<KeyFigure>>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> extractor.extract(TEXT, Sentences.of(TEXT), "de", Optional.empty())));
            }
            for (Future<List<KeyFigure>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
