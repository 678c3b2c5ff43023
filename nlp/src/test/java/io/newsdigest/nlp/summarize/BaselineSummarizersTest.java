package io.newsdigest.nlp.summarize;

import io.newsdigest.nlp.text.TermAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineSummarizersTest {

    private static final TermAnalyzer TERMS = new TermAnalyzer();

    /** Sentence 2 shares terms with every other sentence; the others share little with each other. */
    private static final String HUB = "The ferry crosses to the island twice a day. "
            + "Tickets for the ferry are sold at the harbour. "
            + "The island ferry sells harbour tickets for every crossing each day. "
            + "Each crossing takes forty minutes in calm weather. "
            + "Passengers can buy tickets on board.";

    @AfterAll
    static void closeAnalyzer() {
        TERMS.close();
    }

    @Test
    void leadTakesTheFirstSentences() {
        SummaryResult result = new LeadSummarizer().summarize(Articles.input(Articles.ENGLISH, "en"),
                SummaryOptions.sentences(3));
        assertEquals(List.of(0, 1, 2), indexes(result));
    }

    @Test
    void leadSkipsASentenceThatDoesNotFitTheBudget() {
        String text = "A short first line here. This second sentence is a good deal longer than the budget allows. "
                + "A short third one.";
        SummaryResult result = new LeadSummarizer().summarize(Articles.input(text, "en"),
                new SummaryOptions(3, OptionalInt.of(45)));
        assertEquals(List.of(0, 2), indexes(result));
    }

    @Test
    void textRankPutsTheHubSentenceFirst() {
        SummaryResult result = new TextRankSummarizer(TERMS).summarize(Articles.input(HUB, "en"),
                SummaryOptions.sentences(1));
        assertEquals(List.of(2), indexes(result));
    }

    @Test
    void lexRankPutsTheHubSentenceFirst() {
        SummaryResult result = new LexRankSummarizer(TERMS).summarize(Articles.input(HUB, "en"),
                SummaryOptions.sentences(1));
        assertEquals(List.of(2), indexes(result));
    }

    @Test
    void graphBaselinesReturnSourceOrder() {
        SummaryResult result = new LexRankSummarizer(TERMS).summarize(Articles.input(HUB, "en"),
                SummaryOptions.sentences(3));
        List<Integer> indexes = indexes(result);
        assertEquals(3, indexes.size());
        assertTrue(indexes.get(0) < indexes.get(1) && indexes.get(1) < indexes.get(2), indexes::toString);
    }

    @Test
    void graphBaselinesHandleEmptyText() {
        assertTrue(new TextRankSummarizer(TERMS).summarize(Articles.input(" ", "de"), SummaryOptions.sentences(3))
                .sentences().isEmpty());
    }

    private static List<Integer> indexes(SummaryResult result) {
        return result.sentences().stream().map(SummarySentence::sourceIndex).toList();
    }
}
