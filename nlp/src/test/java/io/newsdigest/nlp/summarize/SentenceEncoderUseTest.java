package io.newsdigest.nlp.summarize;

import io.newsdigest.nlp.text.TermAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceEncoderUseTest {

    private static final TermAnalyzer TERMS = new TermAnalyzer();

    /** The first two sentences say the same thing in different words; the third is about something else. */
    private static final String TEXT = "The river flooded the old town on Monday night. "
            + "Water from a stream covered historic streets after dark. "
            + "Firefighters rescued twelve people from their roofs.";

    /** Stands in for a sentence encoder that knows the first two sentences mean the same. */
    private static final SentenceEncoder MEANING = new SentenceEncoder() {
        @Override
        public boolean supports(String language) {
            return "en".equals(language);
        }

        @Override
        public List<float[]> encode(List<String> sentences) {
            return sentences.stream()
                    .map(s -> s.startsWith("Firefighters") ? new float[] {0, 1} : new float[] {1, 0})
                    .toList();
        }
    };

    private final LeadCentralitySummarizer summarizer = new LeadCentralitySummarizer(
            SummaryWeights.builder().leadHalfLife(8).centrality(0).redundancy(1).build(), TERMS, Optional.of(MEANING));

    @AfterAll
    static void closeAnalyzer() {
        TERMS.close();
    }

    @Test
    void encoderSimilarityKeepsOutAParaphrase() {
        SummaryResult result = summarizer.summarize(Articles.input(TEXT, "en"), SummaryOptions.sentences(2));
        assertEquals(List.of(0, 2), result.sentences().stream().map(SummarySentence::sourceIndex).toList());
    }

    @Test
    void encoderIsNotUsedForALanguageItDoesNotSupport() {
        // Term vectors see no overlap between the paraphrases, so the lead order wins.
        SummaryResult result = summarizer.summarize(Articles.input(TEXT, "de"), SummaryOptions.sentences(2));
        assertEquals(List.of(0, 1), result.sentences().stream().map(SummarySentence::sourceIndex).toList());
    }
}
