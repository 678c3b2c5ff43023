package io.newsdigest.nlp.figures;

import io.newsdigest.nlp.text.RuleSentenceSplitter;
import io.newsdigest.nlp.text.Sentence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Skipping the tokens {@link FigureStarts} rules out changes nothing: on random text, on text made of the words every
 * reader starts at, and on the shared evaluation texts (when present), the sentence reader finds the same figures
 * (or fails on the same sentences) with the filter as when it asks every reader at every token.
 */
class FigureStartsTest {

    private static final SentenceFigureReader GERMAN = new SentenceFigureReader("de", OneReading.RULES);
    private static final SentenceFigureReader ENGLISH = new SentenceFigureReader("en", OneReading.RULES);

    /** Pieces that start or continue every kind of reading, in both languages, and ordinary words around them. */
    private static final List<String> PIECES = List.of("115.000", "1,5", "2.804", "100'000", "40 000", "3", "17",
            "2025", "1990", "07", "30", "½", "2½", ".5", "Mrd.", "Mio", "Millionen", "million-plus", "bn", "k", "M",
            "m", "bis", "zwischen", "und", "and", "or more", "oder mehr", "mehr als", "etwa", "about", "$", "US$", "US",
            "C $", "€", "£", "EUR", "USD115", "Rs.", "CHF", "元", "(", ")", "%", "Prozent", "percent", "-", "–", "/",
            ":", "+", ",", ".", "Juni", "June", "Mai", "may", "sieben", "fünfundzwanzig", "zweieinhalb", "dreissig",
            "eine", "ein", "halbe", "Hälfte", "die", "der", "half", "of the", "the", "a", "an", "two", "twenty-one",
            "dozen", "dozens", "billion", "Drittel", "thirds", "two-thirds", "km", "MW", "Chips", "chips", "Menschen",
            "people", "H100", "Covid-19", "3.", "Platz", "rank", "No.", "Linie", "page", "erste", "vierte", "fourth",
            "1/1/2015", "2025-06-01", "01.06.2025", "3:1", "52-48", "24/7", "3/4", "+1-222-2222", "cent", "point",
            "Komma", "five", "Uhr", "o'clock", "p.m.", "am", "9pm", "13h30", "morning", "abends", "Jahre alt",
            "years old", "23-Jährige", "44jährige", "dreijährige", "zweiwöchige", "three-year-old", "aged", "Alter von",
            "Smith", "early", "20s", "Anfang", "dreimal", "16-mal", "zweifach", "doppelt", "twice", "year", "hour",
            "centennial", "Hundertjahrfeier", "half-year", "four-in-ten", "beiden", "ihre", "Töchter", "Jahr", "seit",
            "in", "by", "the 1990s", "1980er", "won", "lost", "Boeing", "737", "FTSE", "round of", "16", "letzten",
            "geschätzt", "expected", "x@y.de", "www.example.org/1/2", "Regierung", "said", "sagte", "Haus", "über");

    @Provide
    Arbitrary<String> readerWords() {
        Arbitrary<String> glue = Arbitraries.of(" ", " ", " ", "", "\u00A0");
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(25)
                .flatMap(words -> glue.list().ofSize(words.size()).map(spaces -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        text.append(words.get(i)).append(spaces.get(i));
                    }
                    return text.toString();
                }));
    }

    @Property(tries = 3000)
    void findsTheSameFiguresInTextMadeOfReadersWords(@ForAll("readerWords") String text) {
        assertSameFigures(text);
    }

    @Property(tries = 500)
    void findsTheSameFiguresInArbitraryText(@ForAll String text) {
        assertSameFigures(text);
    }

    @Test
    void findsTheSameFiguresInTheSharedEvaluationTexts() throws IOException {
        String shared = System.getProperty("newsdigest.shared", "");
        Path eval = Path.of(shared, "eval");
        assumeTrue(!shared.isEmpty() && Files.isDirectory(eval), "shared evaluation data not available");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(eval)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".jsonl") || name.endsWith(".json") || name.contains("newstest")) {
                    // Whole lines are enough: JSON escapes do not hide figures from the comparison.
                    texts.addAll(Files.readAllLines(file));
                }
            }
        }
        assertTrue(texts.size() > 1_000, "the shared evaluation texts were found");
        RuleSentenceSplitter splitter = new RuleSentenceSplitter();
        int sentences = 0;
        for (String text : texts) {
            for (Sentence sentence : splitter.split(text, "de")) {
                assertSameFigures(text, sentence);
                sentences++;
            }
        }
        assertTrue(sentences > 10_000, "sentences compared: " + sentences);
    }

    private static void assertSameFigures(String text) {
        if (!text.isEmpty()) {
            assertSameFigures(text, new Sentence(0, 0, text.length(), text));
        }
    }

    private static void assertSameFigures(String text, Sentence sentence) {
        List<Token> tokens = SentenceTokenizer.tokenize(text, sentence.start(), sentence.end());
        for (SentenceFigureReader reader : List.of(GERMAN, ENGLISH)) {
            assertEquals(outcome(() -> reader.readAskingEveryToken(text, 0, tokens)),
                    outcome(() -> reader.read(text, 0, tokens)), sentence.text());
        }
    }

    /** The figures, or the kind of failure: a sentence that fails is skipped by the extractor either way. */
    private static Object outcome(java.util.function.Supplier<List<KeyFigure>> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
