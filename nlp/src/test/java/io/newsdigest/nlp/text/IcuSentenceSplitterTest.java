package io.newsdigest.nlp.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IcuSentenceSplitterTest {

    private final IcuSentenceSplitter splitter = new IcuSentenceSplitter();

    @Test
    void suppressesBreakAfterGermanOrdinalDay() {
        assertEquals(List.of("Die Frist endet am 1. Juni.", "Danach gilt Neues."),
                splitter.split("Die Frist endet am 1. Juni. Danach gilt Neues.", "de").stream()
                        .map(Sentence::text).toList());
    }

    @Test
    void trimsSpansAndKeepsThemExact() {
        String text = "  One sentence here.  Another one!  ";
        List<Sentence> sentences = splitter.split(text, "en");
        assertEquals(List.of("One sentence here.", "Another one!"), sentences.stream().map(Sentence::text).toList());
        sentences.forEach(s -> assertEquals(text.substring(s.start(), s.end()), s.text()));
    }

    @Test
    void hasNoSentencesInBlankText() {
        assertEquals(List.of(), splitter.split("   ", "de"));
    }
}
