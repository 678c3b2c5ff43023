package io.newsdigest.nlp.text;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermAnalyzerTest {

    private final TermAnalyzer analyzer = new TermAnalyzer();

    @AfterEach
    void close() {
        analyzer.close();
    }

    @Test
    void dropsGermanStopwordsAndFoldsInflections() {
        List<String> terms = analyzer.terms("Die Häuser und das Haus", "de");
        assertFalse(terms.contains("die") || terms.contains("und") || terms.contains("das"));
        assertEquals(2, terms.size());
        assertEquals(terms.get(0), terms.get(1));
    }

    @Test
    void dropsEnglishPossessiveAndStems() {
        assertEquals(List.of("compani", "market", "compani"), analyzer.terms("The company's markets, companies", "en"));
    }

    @Test
    void keepsNumbersAsTerms() {
        assertTrue(analyzer.terms("Es kamen 115.000 Besucher", "de").contains("115.000"));
    }

    @Test
    void hasNoTermsForBlankText() {
        assertEquals(List.of(), analyzer.terms("  ", "de"));
        assertEquals(List.of(), analyzer.terms(null, "en"));
    }

    @Test
    void lowerCasesOtherLanguagesWithoutStemming() {
        assertEquals(List.of("les", "maisons"), analyzer.terms("Les maisons", "fr"));
    }
}
