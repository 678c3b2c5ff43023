package io.newsdigest.nlp.translate;

import io.newsdigest.nlp.Article;
import io.newsdigest.nlp.Digest;
import io.newsdigest.nlp.DigestOptions;
import io.newsdigest.nlp.NewsDigest;
import io.newsdigest.nlp.SummaryMode;
import io.newsdigest.nlp.language.LanguageGuess;
import io.newsdigest.nlp.summarize.SummaryResult;
import io.newsdigest.nlp.summarize.SummarySentence;
import io.newsdigest.nlp.text.CleanArticle;
import io.newsdigest.nlp.text.Sentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facade puts every translated summary sentence through the figure guard. */
class TranslatedSummaryGuardTest {

    private static final String TEXT = "Die Firma zahlte 2.200.112 Euro. Von 120 auf 140 Standorte.";

    private final FakeFigures figures = new FakeFigures();

    private NewsDigest digest(Translator translator) {
        return NewsDigest.builder()
                .cleaner(new io.newsdigest.nlp.text.ArticleCleaner() {
                    @Override
                    public CleanArticle fromText(String text, Optional<String> title) {
                        return new CleanArticle(text, title, Optional.empty(), Optional.empty());
                    }

                    @Override
                    public CleanArticle fromHtml(String html, Optional<String> title) {
                        return fromText(html, title);
                    }
                })
                .detector(text -> new LanguageGuess("de", 1.0, List.of()))
                .splitter((text, language) -> {
                    List<Sentence> sentences = new ArrayList<>();
                    int start = 0;
                    for (String part : text.split("(?<=\\.) ")) {
                        int at = text.indexOf(part, start);
                        sentences.add(new Sentence(sentences.size(), at, at + part.length(), part));
                        start = at + part.length();
                    }
                    return sentences;
                })
                .figures(figures)
                .renderer(figures)
                .extractive((input, options) -> new SummaryResult(input.sentences().stream()
                        .map(s -> new SummarySentence(s.text(), s.index(), s.start(), s.end(), true)).toList(),
                        "extractive", ""))
                .translators(InstalledTranslators.of(List.of(translator)))
                .build();
    }

    @Test
    void repairsAMangledFigureAndReplacesASentenceWhoseFiguresTheSourceDoesNotBack() {
        Translator corrupting = new MappedTranslator("corrupting", Map.of(
                "Die Firma zahlte 2.200.112 Euro.", "The company paid 2,200,12 euros.",
                "Von 120 auf 140 Standorte.", "From 12 to 14 sites.")::get);
        DigestOptions options = new DigestOptions(Optional.of("en"), 3, OptionalInt.empty(), 8,
                SummaryMode.EXTRACTIVE, false);

        Digest result = digest(corrupting).digest(Article.ofText(TEXT), options);

        List<SummarySentence> sentences = result.summary().sentences();
        assertEquals("The company paid 2,200,112 euros.", sentences.get(0).text());
        assertTrue(sentences.get(0).verified());
        assertFalse(sentences.get(0).replaced());
        assertTrue(result.warnings().stream().anyMatch(warning -> warning.startsWith("Summary sentence 1:")
                && warning.contains("2,200,12")));
        // "12" and "14" are no figures of "Von 120 auf 140": the sentence falls back to its source, untranslated.
        assertEquals("Von 120 auf 140 Standorte.", sentences.get(1).text());
        assertTrue(sentences.get(1).replaced());
        assertEquals(Optional.of("de"), sentences.get(1).language());
        assertEquals(1, result.summary().guardReplaced());
        assertTrue(result.warnings().stream().anyMatch(warning -> warning.startsWith("Summary sentence 2:")
                && warning.contains("'12'") && warning.contains("'14'")), result.warnings().toString());
    }
}
