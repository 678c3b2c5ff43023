package io.newsdigest.service;

import io.newsdigest.api.model.ModelsResponse;
import io.newsdigest.service.http.PipelineHolder;

import java.util.List;

/**
 * Builds the embedded default pipeline and the model listing from the configuration.
 */
public final class DefaultPipeline {

    private DefaultPipeline() {
    }

    /** Loads every component; the returned resources are closed on shutdown. */
    public static PipelineHolder.LoadedPipeline load(ServiceConfig config) {
        throw new IllegalStateException("the default NLP components are not part of this build");
    }

    /** The installed models (none until a model registry is configured). */
    public static ModelsResponse models(ServiceConfig config) {
        ModelsResponse response = new ModelsResponse();
        response.setDirectory(config.modelsDirectory().orElse(""));
        response.setModels(List.of());
        return response;
    }
}
