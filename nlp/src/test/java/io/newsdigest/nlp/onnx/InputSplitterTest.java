package io.newsdigest.nlp.onnx;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputSplitterTest {

    /** One token per word plus an end token, like a word-level tokenizer. */
    private static int words(String text) {
        return text.isBlank() ? 1 : text.strip().split("\\s+").length + 1;
    }

    @Test
    void keepsATextThatFitsWhole() {
        InputSplitter splitter = new InputSplitter(InputSplitterTest::words, 10);

        assertEquals(List.of("Kurzer Satz. Noch einer."), splitter.split("Kurzer Satz. Noch einer.", Locale.GERMAN));
    }

    @Test
    void splitsBetweenSentencesAndPacksThemUpToTheLimit() {
        InputSplitter splitter = new InputSplitter(InputSplitterTest::words, 7);
        String text = "Der erste Satz ist hier. Der zweite folgt. Und ein dritter Satz schließt ab.";

        List<String> pieces = splitter.split(text, Locale.GERMAN);

        assertEquals(List.of("Der erste Satz ist hier.", "Der zweite folgt.", "Und ein dritter Satz schließt ab."),
                pieces);
        assertTrue(pieces.stream().allMatch(piece -> words(piece) <= 7));
    }

    @Test
    void splitsASentenceTooLongOnItsOwnBetweenWordsWithoutLosingAny() {
        InputSplitter splitter = new InputSplitter(InputSplitterTest::words, 4);
        String text = "eins zwei drei vier fünf sechs sieben";

        List<String> pieces = splitter.split(text, Locale.GERMAN);

        assertEquals(text, String.join(" ", pieces));
        assertTrue(pieces.stream().allMatch(piece -> words(piece) <= 4));
    }

    @Test
    void cutsAWordLongerThanTheLimitIntoPiecesThatKeepEveryCharacter() {
        InputSplitter splitter = new InputSplitter(text -> text.length() + 1, 4);

        List<String> pieces = splitter.split("abcdefghij", Locale.ROOT);

        assertEquals("abcdefghij", String.join("", pieces));
        assertTrue(pieces.stream().allMatch(piece -> piece.length() + 1 <= 4));
    }
}
