package io.newsdigest.nlp.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleCleanerPropertiesTest {

    private final WebArticleCleaner cleaner = new WebArticleCleaner();

    @Property(tries = 300)
    void cleanedTextHasNoSoftHyphensNoBreakSpacesOrRunsOfBlankLines(@ForAll("pasted") String text) {
        String clean = cleaner.fromText(text, Optional.empty()).text();
        assertFalse(clean.contains("\u00AD") || clean.contains("\u00A0") || clean.contains("\n\n\n"));
        assertTrue(clean.strip().equals(clean));
    }

    @Property(tries = 200)
    void neverThrowsOnArbitraryMarkup(@ForAll("markup") String html) {
        assertTrue(cleaner.fromHtml(html, Optional.empty()).text().length() <= html.length() + 10);
    }

    @Provide
    Arbitrary<String> pasted() {
        return Arbitraries.strings().withChars(" \n\r\t.:()„“menuclosQDSB1\u00AD\u00A0\u200B").ofMaxLength(200);
    }

    @Provide
    Arbitrary<String> markup() {
        return Arbitraries.strings().withChars("<>/ =\"'pdivnarticleh1 Textul").ofMaxLength(200);
    }
}
