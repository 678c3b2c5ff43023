package io.newsdigest.nlp;

import io.newsdigest.nlp.figures.LocaleFigureRenderer;
import io.newsdigest.nlp.figures.RuleBasedFigureExtractor;
import io.newsdigest.nlp.language.LinguaLanguageDetector;
import io.newsdigest.nlp.summarize.LeadCentralitySummarizer;
import io.newsdigest.nlp.summarize.SummaryWeights;
import io.newsdigest.nlp.text.RuleSentenceSplitter;
import io.newsdigest.nlp.text.TermAnalyzer;
import io.newsdigest.nlp.text.WebArticleCleaner;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The embedded default pipeline, ready to use: {@code try (var p = StandardPipeline.open(Set.of("de", "en")))
 * { p.digest().digest(article, options); }}.
 *
 * <p>Loading takes seconds (the language models), so open it once and share it: the pipeline is thread-safe.
 * It owns what it opened and closes it; safe to close twice. It installs or downloads nothing.
 */
public final class StandardPipeline implements AutoCloseable {

    private final NewsDigest digest;
    private final List<AutoCloseable> resources;

    private StandardPipeline(NewsDigest digest, List<AutoCloseable> resources) {
        this.digest = digest;
        this.resources = resources;
    }

    /**
     * Loads the default components.
     *
     * @param languages the languages articles may be written in (ISO 639-1)
     */
    public static StandardPipeline open(Set<String> languages) {
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            LinguaLanguageDetector detector = LinguaLanguageDetector.builder().build();
            opened.add(detector);
            TermAnalyzer terms = new TermAnalyzer();
            opened.add(terms);
            NewsDigest digest = NewsDigest.builder()
                    .cleaner(new WebArticleCleaner())
                    .detector(detector)
                    .splitter(new RuleSentenceSplitter())
                    .figures(new RuleBasedFigureExtractor())
                    .renderer(new LocaleFigureRenderer())
                    .extractive(new LeadCentralitySummarizer(SummaryWeights.defaults(), terms))
                    .languages(new LinkedHashSet<>(languages))
                    .build();
            return new StandardPipeline(digest, opened);
        } catch (RuntimeException | Error e) {
            closeAll(opened, e);
            throw e;
        }
    }

    public NewsDigest digest() {
        return digest;
    }

    @Override
    public synchronized void close() {
        RuntimeException failure = new IllegalStateException("closing the pipeline failed");
        closeAll(resources, failure);
        resources.clear();
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private static void closeAll(List<AutoCloseable> opened, Throwable failure) {
        for (AutoCloseable resource : opened) {
            try {
                resource.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }
}
