package io.newsdigest.nlp.figures;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The key figures of the German sample article in {@code shared/samples/} (a third-party news text kept outside
 * the project; see that folder). Skipped when the shared folder is absent.
 */
class SampleArticleTest {

    private static String text;
    private static List<KeyFigure> figures;
    private final LocaleFigureRenderer renderer = new LocaleFigureRenderer();

    @BeforeAll
    static void extract() throws IOException {
        String shared = System.getProperty("newsdigest.shared", "");
        Path sample = Path.of(shared, "samples", "xinjiang-datacenters.de.txt");
        assumeTrue(!shared.isEmpty() && Files.isRegularFile(sample), "shared sample article not available");
        text = Files.readString(sample);
        figures = new RuleBasedFigureExtractor().extract(text, Sentences.of(text), "de", Optional.empty());
    }

    private List<String> english() {
        return figures.stream().map(figure -> renderer.render(figure, "en")).toList();
    }

    @Test
    void findsTheChipsWithTheQualifierOfTheirSecondMention() {
        assertTrue(english().contains("more than 115,000 chips"), english()::toString);
    }

    @Test
    void findsTheEstimatedProcessors() {
        assertTrue(english().contains("about 25,000 processors (estimated)"), english()::toString);
    }

    @Test
    void linksTheYuanAmountToItsDollarEquivalent() {
        assertTrue(english().contains("more than 5 billion yuan ≈ 700 million USD"), english()::toString);
    }

    @Test
    void countsServersAndProjectsButNotModelNames() {
        assertTrue(english().contains("625 servers"), english()::toString);
        assertTrue(english().contains("7 projects"), english()::toString);
        assertTrue(figures.stream().noneMatch(figure -> figure.value() == 100), "H100 is a model name");
    }

    @Test
    void keepsDatesApartFromCounts() {
        assertTrue(figures.stream().anyMatch(f -> f.date().equals(Optional.of("2025-06"))));
        assertTrue(figures.stream().anyMatch(f -> f.date().equals(Optional.of("2025/2026"))));
        assertTrue(figures.stream().filter(f -> f.kind() == FigureKind.COUNT).noneMatch(f -> f.value() == 2025));
    }

    @Test
    void pointsEveryFigureAtItsSpan() {
        for (KeyFigure figure : figures) {
            assertEquals(figure.text(), text.substring(figure.start(), figure.end()));
        }
    }
}
