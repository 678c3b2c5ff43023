package io.newsdigest.nlp;

import io.newsdigest.nlp.figures.FigureType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The figures report lists key figures by default and, when asked, every number with its type. */
class EveryNumberReportTest {

    private static StandardPipeline pipeline;

    @BeforeAll
    static void open() {
        pipeline = StandardPipeline.open(Set.of("de", "en"));
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    private static List<FigureType> types(FigureReport report) {
        return report.figures().stream().map(rendered -> rendered.figure().type()).toList();
    }

    @Test
    void listsOnlyKeyFiguresUnlessEveryNumberIsAskedFor() {
        String text = "Gegen 13 Uhr kamen 40 Menschen auf Platz 3 an. Das Spiel endete 2:1.";
        FigureReport keys = pipeline.digest().figures(text, Optional.of("de"), Optional.of("en"), false);
        FigureReport all = pipeline.digest().figures(text, Optional.of("de"), Optional.of("en"), true);

        assertEquals(List.of(FigureType.COUNT), types(keys));
        assertEquals(List.of(FigureType.TIME, FigureType.COUNT, FigureType.ORDINAL, FigureType.SCORE), types(all));
        assertEquals("40 people", keys.figures().get(0).rendered());
    }
}
