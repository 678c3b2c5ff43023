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
        return load(config, ModelSettings.defaults(), store, ModelControl.none());
    }

    /**
     * As {@link #load(ServiceConfig, ModelStore)}, with the chat model and the upkeep the model settings ask for;
     * {@code control} gets the loaded pipeline. The upkeep thread and the pipeline are closed on shutdown.
     */
    public static PipelineHolder.LoadedPipeline load(ServiceConfig config, ModelSettings models, ModelStore store,
                                                     ModelControl control) {
        StandardPipeline pipeline = StandardPipeline.open(new LinkedHashSet<>(config.languages()), Optional.of(store),
                EngineOptions.defaults(), models.chat(), new MetricsModelEvents());
        pipeline.problems().forEach(problem -> LOG.log(System.Logger.Level.ERROR, problem));
        models.chat().ifPresent(chat -> LOG.log(System.Logger.Level.INFO, "Chat model " + chat.displayName() + " at "
                + chat.host() + ": article text is sent there when a request needs it (docs/llm.md)"));
        control.loaded(pipeline);
        ModelUpkeep upkeep = ModelUpkeep.start(control, models);
        return new PipelineHolder.LoadedPipeline(pipeline.digest(), List.of(upkeep, pipeline));
    }
}
