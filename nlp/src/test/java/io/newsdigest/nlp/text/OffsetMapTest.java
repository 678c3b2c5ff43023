package io.newsdigest.nlp.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OffsetMapTest {

    private final WebArticleCleaner cleaner = new WebArticleCleaner();

    @Test
    void mapsSentenceBackPastDroppedFurnitureAndTitle() {
        String input = "menu\r\nclose\r\n\r\nStadt baut Brücke\r\n\r\nDer Bau kostet 4\u00A0Mio. Euro.\r\nQuelle: dpa";
        WebArticleCleaner.TracedArticle traced = cleaner.fromTextWithOffsets(input, Optional.empty());
        assertEquals("Der Bau kostet 4 Mio. Euro.", traced.article().text());
        int start = traced.offsets().originalStart(0);
        int end = traced.offsets().originalEnd(traced.article().text().length());
        assertEquals("Der Bau kostet 4\u00A0Mio. Euro.", input.substring(start, end));
    }

    @Test
    void mapsAroundRemovedSoftHyphens() {
        String input = "Die Wirt\u00ADschaft wächst. Die Löhne auch.";
        WebArticleCleaner.TracedArticle traced = cleaner.fromTextWithOffsets(input, Optional.empty());
        String text = traced.article().text();
        int second = text.indexOf("Die Löhne");
        assertEquals("Die Löhne auch.", input.substring(traced.offsets().originalStart(second),
                traced.offsets().originalEnd(text.length())));
        assertEquals("Die Wirt\u00ADschaft wächst.", input.substring(traced.offsets().originalStart(0),
                traced.offsets().originalEnd(text.indexOf('.') + 1)));
    }

    @Test
    void mapsComposedCharactersToTheirDecomposedInput() {
        String input = "Ko\u0308ln wa\u0308chst.";
        WebArticleCleaner.TracedArticle traced = cleaner.fromTextWithOffsets(input, Optional.empty());
        assertEquals("Köln wächst.", traced.article().text());
        assertEquals(input.length(), traced.offsets().originalEnd(traced.article().text().length()));
        assertEquals(input.indexOf("wa"), traced.offsets().originalStart(traced.article().text().indexOf("wä")));
    }

    @Property(tries = 300)
    void mappedOffsetsAreOrderedAndInsideTheInput(@ForAll("pasted") String input) {
        WebArticleCleaner.TracedArticle traced = cleaner.fromTextWithOffsets(input, Optional.empty());
        int previous = 0;
        for (int i = 0; i <= traced.article().text().length(); i++) {
            int start = traced.offsets().originalStart(i);
            assertTrue(start >= previous && start <= input.length(), "offset " + i + " → " + start);
            assertTrue(traced.offsets().originalEnd(i) <= input.length());
            previous = start;
        }
    }

    @Provide
    Arbitrary<String> pasted() {
        return Arbitraries.strings().withChars(" \n\r\t.:()„“menuclosQDSB1o\u0308\u00AD\u00A0\u200B").ofMaxLength(150);
    }
}
