package io.newsdigest.nlp.summarize;

import io.newsdigest.nlp.figures.FigureKind;
import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.figures.Qualifier;
import io.newsdigest.nlp.text.Sentence;
import io.newsdigest.nlp.text.TermAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeadCentralitySummarizerTest {

    private static final TermAnalyzer TERMS = new TermAnalyzer();
    private final LeadCentralitySummarizer summarizer =
            new LeadCentralitySummarizer(SummaryWeights.defaults(), TERMS);

    @AfterAll
    static void closeAnalyzer() {
        TERMS.close();
    }

    @Test
    void returnsSentencesInSourceOrderWithSpansIntoTheText() {
        SummaryInput input = Articles.input(Articles.GERMAN, "de");
        SummaryResult result = summarizer.summarize(input, SummaryOptions.sentences(3));
        assertEquals(3, result.sentences().size());
        int previous = -1;
        for (SummarySentence sentence : result.sentences()) {
            assertTrue(sentence.sourceIndex() > previous);
            assertEquals(input.text().substring(sentence.start(), sentence.end()), sentence.text());
            assertEquals(input.sentences().get(sentence.sourceIndex()).text().strip(), sentence.text());
            previous = sentence.sourceIndex();
        }
        assertEquals("extractive", result.method());
        assertEquals("", result.modelId());
    }

    @Test
    void skipsBylineTeaserAndCaption() {
        SummaryResult result = summarizer.summarize(Articles.input(Articles.GERMAN, "de"), SummaryOptions.sentences(9));
        List<String> texts = result.sentences().stream().map(SummarySentence::text).toList();
        assertFalse(texts.stream().anyMatch(t -> t.startsWith("Von Anna")), texts::toString);
        assertFalse(texts.stream().anyMatch(t -> t.startsWith("Lesen Sie")), texts::toString);
        assertFalse(texts.stream().anyMatch(t -> t.startsWith("Foto:")), texts::toString);
        assertTrue(texts.get(0).startsWith("Die Stadt Lindenau baut"), texts::toString);
    }

    @Test
    void oneSentenceArticleIsItsOwnSummary() {
        String text = "Der Zug nach Norden fällt heute aus.";
        SummaryResult result = summarizer.summarize(Articles.input(text, "de"), SummaryOptions.sentences(3));
        assertEquals(List.of(text), result.sentences().stream().map(SummarySentence::text).toList());
    }

    @Test
    void shortFragmentAloneIsStillSummarized() {
        SummaryResult result = summarizer.summarize(Articles.input("Alarm!", "de"), SummaryOptions.sentences(3));
        assertEquals(1, result.sentences().size());
    }

    @Test
    void emptyArticleGivesEmptySummary() {
        SummaryResult result = summarizer.summarize(Articles.input("", "en"), SummaryOptions.sentences(3));
        assertTrue(result.sentences().isEmpty());
    }

    @Test
    void characterBudgetIsNeverExceededAndSentencesStayWhole() {
        SummaryInput input = Articles.input(Articles.ENGLISH, "en");
        int budget = 160;
        SummaryResult result = summarizer.summarize(input, new SummaryOptions(3, OptionalInt.of(budget)));
        int used = result.sentences().stream().mapToInt(s -> s.text().length()).sum()
                + Math.max(0, result.sentences().size() - 1);
        assertFalse(result.sentences().isEmpty());
        assertTrue(used <= budget, "used " + used);
        List<String> sources = input.sentences().stream().map(Sentence::text).map(String::strip).toList();
        result.sentences().forEach(s -> assertTrue(sources.contains(s.text()), s.text()));
    }

    @Test
    void budgetSmallerThanEverySentenceGivesEmptySummary() {
        SummaryResult result = summarizer.summarize(Articles.input(Articles.ENGLISH, "en"),
                new SummaryOptions(3, OptionalInt.of(20)));
        assertTrue(result.sentences().isEmpty());
    }

    @Test
    void headlineWeightPicksTheSentenceAboutTheHeadline() {
        SummaryWeights headlineOnly = SummaryWeights.builder().position(0).centrality(0).figures(0).headline(1)
                .redundancy(0).build();
        SummaryInput input = Articles.input(Articles.ENGLISH, "en", Optional.of("Shops hope for more visitors"),
                List.of());
        SummaryResult result = new LeadCentralitySummarizer(headlineOnly, TERMS)
                .summarize(input, SummaryOptions.sentences(1));
        assertTrue(result.sentences().get(0).text().startsWith("Local shops hope"));
    }

    @Test
    void figureWeightPicksTheSentenceWithKeyFigures() {
        SummaryWeights figuresOnly = SummaryWeights.builder().position(0).centrality(0).headline(0).figures(1)
                .redundancy(0).build();
        SummaryInput plain = Articles.input(Articles.ENGLISH, "en");
        Sentence withFigures = plain.sentences().get(1);
        KeyFigure passengers = figure("300", Articles.ENGLISH.indexOf("300"), withFigures.index());
        SummaryInput input = Articles.input(Articles.ENGLISH, "en", Optional.empty(), List.of(passengers));
        SummaryResult result = new LeadCentralitySummarizer(figuresOnly, TERMS)
                .summarize(input, SummaryOptions.sentences(1));
        assertEquals(withFigures.index(), result.sentences().get(0).sourceIndex());
    }

    @Test
    void redundancyPenaltyKeepsOutANearDuplicate() {
        String text = "The river flooded the old town on Monday night. "
                + "On Monday night the river flooded the old town. "
                + "Firefighters rescued twelve people from their roofs.";
        SummaryWeights weights = SummaryWeights.builder().leadHalfLife(8).centrality(0).redundancy(1).build();
        SummaryResult result = new LeadCentralitySummarizer(weights, TERMS)
                .summarize(Articles.input(text, "en"), SummaryOptions.sentences(2));
        assertEquals(List.of(0, 2), result.sentences().stream().map(SummarySentence::sourceIndex).toList());
    }

    @Test
    void listItemsComeBackWithoutTheirBullet() {
        String text = "Die Stadt plant drei Maßnahmen für den Verkehr.\n"
                + "- Neue Radwege entlang aller großen Straßen der Innenstadt.\n"
                + "- Günstigere Tickets für Busse und Bahnen ab dem Sommer.\n";
        SummaryInput input = Articles.input(text, "de");
        SummaryResult result = summarizer.summarize(input, SummaryOptions.sentences(3));
        assertEquals(3, result.sentences().size());
        SummarySentence item = result.sentences().get(1);
        assertTrue(item.text().startsWith("Neue Radwege"), item.text());
        assertEquals(text.substring(item.start(), item.end()), item.text());
    }

    @Test
    void veryLongArticleIsSummarizedFromItsCappedGraph() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            text.append("Report number ").append(i).append(" describes the harbour, the ferry and the weather today. ");
        }
        SummaryInput input = Articles.input(text.toString(), "en");
        assertTrue(input.sentences().size() > Centrality.MAX_GRAPH_SENTENCES);
        SummaryResult result = summarizer.summarize(input, SummaryOptions.sentences(3));
        assertEquals(3, result.sentences().size());
        result.sentences().forEach(s -> assertTrue(s.sourceIndex() < Centrality.MAX_GRAPH_SENTENCES));
    }

    @Test
    void concurrentCallsGiveTheSameSummaries() throws Exception {
        List<SummaryInput> inputs = List.of(Articles.input(Articles.GERMAN, "de"), Articles.input(Articles.ENGLISH, "en"));
        List<SummaryResult> expected = inputs.stream()
                .map(input -> summarizer.summarize(input, SummaryOptions.sentences(2))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SummaryResult>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                SummaryInput input = inputs.get(i % 2);
                futures.add(pool.submit(() -> summarizer.summarize(input, SummaryOptions.sentences(2))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % 2), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static KeyFigure figure(String text, int start, int sentenceIndex) {
        return new KeyFigure(text, start, start + text.length(), sentenceIndex, FigureKind.COUNT, 300,
                OptionalDouble.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Qualifier.UP_TO, false,
                Optional.empty(), Optional.empty(), List.of(), 0.8);
    }
}
