package io.newsdigest.nlp.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitterPropertiesTest {

    private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();

    @Property(tries = 500)
    void spansAreValidOrderedAndTrimmedForAnyInput(@ForAll("newsLikeText") String text,
                                                  @ForAll("languages") String language) {
        List<Sentence> sentences = splitter.split(text, language);
        int previousEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            assertEquals(i, sentence.index());
            assertTrue(sentence.start() >= previousEnd && sentence.end() <= text.length());
            assertEquals(text.substring(sentence.start(), sentence.end()), sentence.text());
            assertTrue(!sentence.text().isBlank() && sentence.text().strip().equals(sentence.text()));
            previousEnd = sentence.end();
        }
    }

    @Property(tries = 300)
    void neverThrowsOnArbitraryUnicode(@ForAll String text) {
        assertTrue(splitter.split(text, "und").size() <= text.length());
    }

    @Provide
    Arbitrary<String> newsLikeText() {
        return Arbitraries.strings()
                .withChars(" \n\r\t.!?…„“”\"«»()-–,;:0123456789aAbBzZäÄßuUsSDrNM\u00A0\u00AD")
                .ofMaxLength(200);
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("de", "en", "und", "fr", "");
    }
}
