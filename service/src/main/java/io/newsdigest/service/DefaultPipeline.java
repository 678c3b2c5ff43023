package io.newsdigest.service;

import io.newsdigest.api.model.ModelsResponse;
import io.newsdigest.nlp.NewsDigest;
import io.newsdigest.nlp.figures.LocaleFigureRenderer;
import io.newsdigest.nlp.figures.RuleBasedFigureExtractor;
import io.newsdigest.nlp.language.LinguaLanguageDetector;
import io.newsdigest.nlp.summarize.LeadCentralitySummarizer;
import io.newsdigest.nlp.summarize.SummaryWeights;
import io.newsdigest.nlp.text.RuleSentenceSplitter;
import io.newsdigest.nlp.text.TermAnalyzer;
import io.newsdigest.nlp.text.WebArticleCleaner;
import io.newsdigest.service.http.PipelineHolder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Builds the embedded default pipeline and the model listing from the configuration. Everything it opens is
 * returned for the caller to close; if construction fails halfway, what was opened is closed before rethrowing.
 */
public final class DefaultPipeline {

    private DefaultPipeline() {
    }

    /** Loads every component; the returned resources are closed on shutdown. */
    public static PipelineHolder.LoadedPipeline load(ServiceConfig config) {
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
                    .languages(new LinkedHashSet<>(config.languages()))
                    .build();
            return new PipelineHolder.LoadedPipeline(digest, opened);
        } catch (RuntimeException | Error e) {
            closeQuietly(opened, e);
            throw e;
        }
    }

    /** The installed models (none until a model registry is configured). */
    public static ModelsResponse models(ServiceConfig config) {
        ModelsResponse response = new ModelsResponse();
        response.setDirectory(config.modelsDirectory().orElse(""));
        response.setModels(List.of());
        return response;
    }

    private static void closeQuietly(List<AutoCloseable> opened, Throwable failure) {
        for (AutoCloseable resource : opened) {
            try {
                resource.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }
}
