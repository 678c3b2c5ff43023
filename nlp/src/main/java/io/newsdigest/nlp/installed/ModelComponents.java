package io.newsdigest.nlp.installed;

import io.newsdigest.nlp.figures.FigureRenderer;
import io.newsdigest.nlp.summarize.Summarizer;
import io.newsdigest.nlp.translate.OnnxAbstractiveSummarizer;
import io.newsdigest.nlp.translate.TranslatorProvider;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a pipeline that depend on installed models, as they are at one moment.
 *
 * @param translators the local translators
 * @param abstractive the local abstractive summarizer, if a summarization model is installed
 * @param renderer    writes figures in a target language (with labels translated by {@code translators})
 * @param modelIds    ids of the models in use
 */
public record ModelComponents(TranslatorProvider translators, Optional<Summarizer> abstractive,
                              FigureRenderer renderer, List<String> modelIds) {

    public ModelComponents {
        Objects.requireNonNull(translators, "translators");
        Objects.requireNonNull(abstractive, "abstractive");
        Objects.requireNonNull(renderer, "renderer");
        modelIds = List.copyOf(modelIds);
    }

    /** @return whether the local abstractive summarizer reads articles in {@code language} */
    public boolean abstractiveServes(String language) {
        return abstractive.map(summarizer -> !(summarizer instanceof OnnxAbstractiveSummarizer onnx)
                || onnx.serves(language)).orElse(false);
    }
}
