package io.newsdigest.nlp.language;

import io.newsdigest.nlp.text.RuleSentenceSplitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceLanguagesTest {

    private static LinguaLanguageDetector detector;

    @BeforeAll
    static void build() {
        detector = LinguaLanguageDetector.builder().build();
    }

    @AfterAll
    static void close() {
        detector.close();
    }

    private static SentenceLanguages of(String text) {
        return SentenceLanguages.of(detector, text, new RuleSentenceSplitter().split(text, "und"));
    }

    @Test
    void reportsGermanAsDominantWithAnEnglishQuoteSentence() {
        SentenceLanguages languages = of("Der Konzern meldete am Montag einen Rekordgewinn. Die Aktie stieg kräftig. "
                + "Der Chef schrieb dazu auf Englisch. We are very proud of our team and our results this year. "
                + "Analysten hatten mit deutlich weniger gerechnet.");
        assertEquals("de", languages.dominant().code());
        assertEquals(List.of("de", "de", "de", "en", "de"),
                languages.sentences().stream().map(s -> s.guess().code()).toList());
        assertTrue(languages.isMixed());
        assertTrue(languages.dominant().confidence() > 0.5 && languages.dominant().confidence() < 1);
    }

    @Test
    void isNotMixedForASingleLanguage() {
        SentenceLanguages languages = of("The storm moved north overnight. Schools stayed closed on Friday.");
        assertEquals("en", languages.dominant().code());
        assertFalse(languages.isMixed());
    }

    @Test
    void fallsBackToWholeTextWhenNoSentenceIsDetermined() {
        SentenceLanguages languages = of("");
        assertFalse(languages.dominant().isDetermined());
        assertTrue(languages.sentences().isEmpty());
    }
}
