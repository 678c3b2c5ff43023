package io.newsdigest.nlp.summarize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Von Anna Muster", "Von Anna Muster und Peter Beispiel", "By John Smith, CNN",
            "Von Anna Muster-Beispiel, Korrespondentin in Berlin.", "By John Smith and Jane Doe, Westby.",
            "Lesen Sie auch: Wie andere Städte ihre Bäder retten.", "Mehr zum Thema Verkehr in der Stadt",
            "Read more: The history of island ferries.", "Scroll down for video",
            "Foto: Stadt Lindenau", "Photo: Jane Doe/Reuters", "Die Brücke am Abend. Bild: Keystone",
            "(dpa/AFP)", "Mit Material von dpa und Reuters.", "Additional reporting by Jane Doe.",
            "Anzeige", "Hallo Welt.", "Published: 12:04 GMT",
            "The mayor, pictured at the opening, cut the ribbon while the band played.",
            "Die neue Brücke im Herbst (Archivbild) über dem Fluss",
            "Wüsten-Rechenzentren treiben das Wettrennen um Rechenleistung trotz Embargo voran"})
    void rejectsPageFurniture(String sentence) {
        assertFalse(ContentFilter.isContent(sentence), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Von 2010 bis 2020 stieg die Zahl der Fahrgäste um ein Drittel.",
            "By the end of the year the ferry had carried 40,000 passengers.",
            "Der Stadtrat hat den Bau am Dienstag beschlossen.",
            "Kritiker halten die Kosten für zu hoch.",
            "- Neue Radwege entlang aller großen Straßen der Innenstadt",
            "• Cheaper tickets for buses and trams from the summer"})
    void keepsArticleSentences(String sentence) {
        assertTrue(ContentFilter.isContent(sentence), sentence);
    }
}
