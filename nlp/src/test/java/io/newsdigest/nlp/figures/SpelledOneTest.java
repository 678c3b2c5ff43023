package io.newsdigest.nlp.figures;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The word for one is a count only where the sentence makes it one, in both languages. */
class SpelledOneTest {

    @Test
    void readsNoNumberInEnglishPronounsAndIdioms() {
        assertEquals(List.of(), Readings.of("en", "One would expect the council to publish the figures."));
        assertEquals(List.of(), Readings.of("en", "She is one of the most experienced judges in the district."));
        assertEquals(List.of("count 2"), Readings.of("en", "The two companies blamed one another for the delay."));
        assertEquals(List.of(), Readings.of("en", "At one point the queue stretched around the block."));
    }

    @Test
    void readsNoNumberInAGermanArticle() {
        assertEquals(List.of(), Readings.of("de", "Ein Sprecher der Stadt bestätigte den Vorfall."));
        assertEquals(List.of(), Readings.of("de", "Das war nur ein Vorwand, sagte die Opposition."));
        assertEquals(List.of(), Readings.of("de", "Ein paar Anwohner protestierten vor dem Rathaus."));
    }

    @Test
    void readsOneWhereAWordStressesIt() {
        assertEquals(List.of("count 1"), Readings.of("en", "Only one hospital reported shortages."));
        assertEquals(List.of("count 1"), Readings.of("en", "At least one school will close."));
        assertEquals(List.of("count 1"), Readings.of("de", "Genau eine Stimme fehlte der Koalition."));
        assertEquals(List.of("count 1"), Readings.of("de", "Nur ein einziges Krankenhaus meldete Engpässe."));
        assertEquals(List.of("count 1"), Readings.of("de", "Mindestens ein Krankenhaus meldete Engpässe."));
    }

    @Test
    void readsOneWherePairedWithAnotherNumber() {
        assertEquals(List.of("count 1", "count 2"), Readings.of("en", "They ordered one or two extra buses."));
        assertEquals(List.of("range 1..2 week"), Readings.of("de", "Es dauert ein bis zwei Wochen."));
        assertEquals(List.of("range 1..3"), Readings.of("de", "Zwischen einem und drei Zügen halten im Dorf."));
        assertEquals(List.of("count 0.2"), Readings.of("en", "One in five households cannot heat their homes."));
    }

    @Test
    void readsOneBeforeAPercentSignOrACurrency() {
        assertEquals(List.of("percent 1 %"), Readings.of("de", "Die Gebühr stieg um ein Prozent."));
        assertEquals(List.of("percent 1 %"), Readings.of("en", "The fee rose by one percent."));
        assertEquals(List.of("money 1 EUR"), Readings.of("de", "Die Fahrt kostet einen Euro mehr."));
    }

    @Test
    void readsAVagueScaleAsNoNumber() {
        assertEquals(List.of(), Readings.of("de", "Millionen Menschen sahen die Übertragung."));
        assertEquals(List.of(), Readings.of("en", "Protests spread to dozens of cities."));
        assertEquals(List.of(), Readings.of("en", "A few hundred people gathered outside."));
        assertEquals(List.of(), Readings.of("de", "Mehrere tausend Menschen demonstrierten."));
        assertEquals(List.of("money 100000 USD"), Readings.of("en", "The prize is worth hundred thousand dollars."));
    }

    @Test
    void makesMostDecisionsOfTheLabelledSentencesRight() throws IOException {
        int right = 0;
        int all = 0;
        try (InputStream in = SpelledOneTest.class.getResourceAsStream("one-readings.txt")) {
            for (String line : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", 3);
                int at = parts[2].indexOf('[');
                String text = parts[2].replace("[", "").replace("]", "");
                boolean counted = Readings.numbers(parts[0], text).stream()
                        .anyMatch(figure -> figure.start() == at && figure.value() <= 1);
                right += counted == "count".equals(parts[1]) ? 1 : 0;
                all++;
            }
        }
        // The rules miss lists of counts ("einen Toten und vier Verletzte") and plain counts ("One person died"); see
        // docs/figures.md. The share they get right is the floor this test keeps.
        assertTrue(right >= all * 0.85, right + " of " + all);
    }
}
