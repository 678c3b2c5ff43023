package io.newsdigest.nlp.translate;

import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.summarize.Summarizer;
import io.newsdigest.nlp.summarize.SummaryInput;
import io.newsdigest.nlp.summarize.SummaryOptions;
import io.newsdigest.nlp.summarize.SummaryResult;
import io.newsdigest.nlp.summarize.SummarySentence;
import io.newsdigest.nlp.text.Sentence;
import io.newsdigest.models.ModelStore;
import io.newsdigest.nlp.onnx.EngineOptions;
import io.newsdigest.nlp.onnx.TinyModels;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OnnxAbstractiveSummarizerTest {

    private static final String ARTICLE = "Die Stadt baut 300 Wohnungen. Der Bau kostet 2.200.112 Euro. Es regnet.";

    private final FakeFigures figures = new FakeFigures();
    private final FigureGuard guard = new FigureGuard(figures, figures);
    private final Summarizer firstSentence = (input, options) -> new SummaryResult(List.of(new SummarySentence(
            input.sentences().get(0).text(), 0, input.sentences().get(0).start(), input.sentences().get(0).end(), true)),
            "extractive", "");

    private static SummaryInput article(FakeFigures figures) {
        return article(figures, ARTICLE, "de");
    }

    private static SummaryInput article(FakeFigures figures, String article, String language) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (String text : article.split("(?<=\\.) ")) {
            int at = article.indexOf(text, start);
            sentences.add(new Sentence(sentences.size(), at, at + text.length(), text));
            start = at + text.length();
        }
        List<KeyFigure> found = new ArrayList<>();
        for (Sentence sentence : sentences) {
            for (KeyFigure figure : figures.extract(sentence.text(), List.of(), language, Optional.empty())) {
                found.add(new KeyFigure(figure.text(), sentence.start() + figure.start(), sentence.start() + figure.end(),
                        sentence.index(), figure.kind(), figure.value(), figure.valueTo(), figure.unit(),
                        figure.currency(), figure.date(), figure.qualifier(), false, Optional.empty(), Optional.empty(),
                        List.of(), 0.5));
            }
        }
        return new SummaryInput(article, sentences, language, Optional.empty(), found);
    }

    private OnnxAbstractiveSummarizer writing(String output) {
        return new OnnxAbstractiveSummarizer("tiny-summarizer", (text, language) -> output, Set.of("de"),
                firstSentence, guard, () -> { });
    }

    @Test
    void keepsGeneratedSentencesWhoseFiguresTheArticleBacks() {
        SummaryResult result = writing("Die Stadt plant 300 Wohnungen für 2.200.112 Euro.")
                .summarize(article(figures), SummaryOptions.sentences(3));

        assertEquals("abstractive", result.method());
        assertEquals("tiny-summarizer", result.modelId());
        assertEquals(List.of("Die Stadt plant 300 Wohnungen für 2.200.112 Euro."),
                result.sentences().stream().map(SummarySentence::text).toList());
    }

    @Test
    void replacesASentenceWithAnInventedFigureByItsClosestSourceSentence() {
        OnnxAbstractiveSummarizer.AbstractiveSummary summary = writing("Der Bau kostet 5.000 Euro.")
                .summarizeWithReport(article(figures), SummaryOptions.sentences(3));

        SummarySentence sentence = summary.result().sentences().get(0);
        assertEquals("Der Bau kostet 2.200.112 Euro.", sentence.text());
        assertEquals(1, sentence.sourceIndex());
        assertEquals(ARTICLE.indexOf("Der Bau"), sentence.start());
        assertEquals(1, summary.notes().size());
    }

    @Test
    void marksASentenceItCouldNotRepairAsReplaced() {
        OnnxAbstractiveSummarizer.AbstractiveSummary summary = writing("Der Bau kostet 5.000 Euro und 7.000 Euro.")
                .summarizeWithReport(article(figures), SummaryOptions.sentences(3));

        SummarySentence sentence = summary.result().sentences().get(0);
        assertEquals("Der Bau kostet 2.200.112 Euro.", sentence.text());
        assertTrue(sentence.replaced(), "the response marks the guard's replacement");
        assertTrue(summary.notes().get(0).contains("replaced by article sentence 2"), summary.notes().get(0));
    }

    @Test
    void tiesEachGeneratedSentenceToTheSourceSentenceItSharesMostWordsWith() {
        SummaryResult result = writing("Es regnet heute. Die Stadt baut Wohnungen.")
                .summarize(article(figures), SummaryOptions.sentences(3));

        assertEquals(List.of(2, 0), result.sentences().stream().map(SummarySentence::sourceIndex).toList());
    }

    @Test
    void writesNoMoreThanTheAskedNumberOfSentences() {
        SummaryResult result = writing("Es regnet heute. Die Stadt baut Wohnungen. Der Bau kostet Geld.")
                .summarize(article(figures), SummaryOptions.sentences(2));

        assertEquals(2, result.sentences().size());
    }

    @Test
    void answersWithTheFallbackForALanguageTheModelDoesNotRead() {
        SummaryInput input = article(figures);
        SummaryInput english = new SummaryInput(input.text(), input.sentences(), "en", Optional.empty(), input.figures());

        SummaryResult result = writing("Die Stadt baut.").summarize(english, SummaryOptions.sentences(2));

        assertEquals("extractive", result.method());
    }

    @Test
    void findsNoSummarizerWhenOnlyTranslationModelsAreInstalled(@TempDir Path temp) {
        Path marian = TinyModels.byFamily("marian").orElse(null);
        Assumptions.assumeTrue(marian != null, "tiny Marian model not found under models/tiny/: skipping");
        ModelStore store = new ModelStore(temp);
        store.install(marian);

        assertTrue(OnnxAbstractiveSummarizer.openInstalled(store, EngineOptions.defaults(), firstSentence, guard)
                .isEmpty());
    }

    /** The tiny BART model summarizes an English text by the content words and figures of its first clause. */
    @Test
    void summarizesWithTheInstalledTinySummarizationModel(@TempDir Path temp) {
        Path bart = TinyModels.byFamily("bart").orElse(null);
        Assumptions.assumeTrue(bart != null, "tiny BART model not found under models/tiny/: skipping");
        ModelStore store = new ModelStore(temp);
        store.install(bart);
        SummaryInput input = article(figures, "the court rejected the budget for 2026. scientists announced a study "
                + "with 120 children.", "en");

        try (OnnxAbstractiveSummarizer summarizer = OnnxAbstractiveSummarizer.openInstalled(store,
                EngineOptions.defaults(), firstSentence, guard).orElseThrow()) {
            OnnxAbstractiveSummarizer.AbstractiveSummary summary = summarizer.summarizeWithReport(input,
                    SummaryOptions.sentences(2));

            assertEquals("abstractive", summary.result().method());
            assertEquals("tiny-bart-summarizer", summary.result().modelId());
            assertEquals(List.of("court rejected budget 2026"),
                    summary.result().sentences().stream().map(SummarySentence::text).toList());
            assertEquals(0, summary.result().sentences().get(0).sourceIndex());
            assertTrue(summary.notes().isEmpty());
        }
    }

    @Test
    void answersWithTheFallbackWhenTheModelWritesNothing() {
        SummaryResult result = writing("   ").summarize(article(figures), SummaryOptions.sentences(2));

        assertEquals("extractive", result.method());
        assertTrue(result.sentences().get(0).verified());
    }
}
