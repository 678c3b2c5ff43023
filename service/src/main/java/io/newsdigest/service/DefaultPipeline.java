package io.newsdigest.service;

import io.newsdigest.api.model.ModelsResponse;
import io.newsdigest.nlp.StandardPipeline;
import io.newsdigest.service.http.PipelineHolder;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Builds the embedded default pipeline and the model listing from the configuration.
 */
public final class DefaultPipeline {

    private DefaultPipeline() {
    }

    /** Loads the standard pipeline; it is closed on shutdown. */
    public static PipelineHolder.LoadedPipeline load(ServiceConfig config) {
        StandardPipeline pipeline = StandardPipeline.open(new LinkedHashSet<>(config.languages()));
        return new PipelineHolder.LoadedPipeline(pipeline.digest(), List.of(pipeline));
    }

    /** The installed models of the configured directory. */
    public static ModelsResponse models(ServiceConfig config) {
        return Models.listing(Models.store(config));
    }
}
