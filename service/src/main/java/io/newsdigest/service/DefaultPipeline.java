package io.newsdigest.service;

import io.newsdigest.models.ModelStore;
import io.newsdigest.nlp.StandardPipeline;
import io.newsdigest.nlp.onnx.EngineOptions;
import io.newsdigest.service.http.PipelineHolder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Builds the embedded default pipeline, with the installed models, from the configuration.
 */
public final class DefaultPipeline {

    private DefaultPipeline() {
    }

    private static final System.Logger LOG = System.getLogger(DefaultPipeline.class.getName());

    /**
     * Loads the standard pipeline with every usable installed model; it is closed on shutdown. A model whose
     * files fail their checksums is refused, logged as an error naming it and its path, and listed with its
     * problem by {@code GET /v1/models}.
     */
    public static PipelineHolder.LoadedPipeline load(ServiceConfig config, ModelStore store) {
        StandardPipeline pipeline = StandardPipeline.open(new LinkedHashSet<>(config.languages()), Optional.of(store),
                EngineOptions.defaults());
        pipeline.problems().forEach(problem -> LOG.log(System.Logger.Level.ERROR, problem));
        return new PipelineHolder.LoadedPipeline(pipeline.digest(), List.of(pipeline));
    }
}
