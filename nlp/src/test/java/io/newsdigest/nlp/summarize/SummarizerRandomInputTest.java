package io.newsdigest.nlp.summarize;

import io.newsdigest.nlp.text.TermAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every summarizer on random text: no exception, valid spans, source order, limits kept. Fixed seed. */
class SummarizerRandomInputTest {

    private static final TermAnalyzer TERMS = new TermAnalyzer();
    private static final String[] PIECES = {"Die", "Stadt", "baut", "ein", "Bad", "für", "42", "Mio.", "Euro", ".",
            "The", "ferry", "carries", "300", "people", "!", "?", "\n", "\n\n", "- ", "• ", "„", "“", "\"", "(", ")",
            "Foto:", "Lesen Sie auch", "Von", "By", "z. B.", "3.", "Juni", "…", "  ", "ß", "Ä", "🙂", "\t", ":", ";"};

    private final List<Summarizer> summarizers = List.of(new LeadSummarizer(), new TextRankSummarizer(TERMS),
            new LexRankSummarizer(TERMS), new LeadCentralitySummarizer(SummaryWeights.defaults(), TERMS));

    @AfterAll
    static void closeAnalyzer() {
        TERMS.close();
    }

    @Test
    void randomTextsGiveValidSummaries() {
        Random random = new Random(20261130L);
        for (int round = 0; round < 300; round++) {
            String text = randomText(random);
            String language = random.nextBoolean() ? "de" : "en";
            SummaryInput input = Articles.input(text, language);
            int maxSentences = 1 + random.nextInt(4);
            OptionalInt budget = random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(1 + random.nextInt(200));
            SummaryOptions options = new SummaryOptions(maxSentences, budget);
            for (Summarizer summarizer : summarizers) {
                assertValid(text, summarizer.summarize(input, options), options);
            }
        }
    }

    private static void assertValid(String text, SummaryResult result, SummaryOptions options) {
        assertTrue(result.sentences().size() <= options.maxSentences());
        int previous = -1;
        int characters = -1;
        for (SummarySentence sentence : result.sentences()) {
            assertTrue(sentence.sourceIndex() > previous, "source order");
            assertEquals(text.substring(sentence.start(), sentence.end()), sentence.text());
            previous = sentence.sourceIndex();
            characters += 1 + sentence.text().length();
        }
        if (options.maxCharacters().isPresent()) {
            assertTrue(characters <= options.maxCharacters().getAsInt(), "budget " + characters);
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(120);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
