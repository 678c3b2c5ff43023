package io.newsdigest.service;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.newsdigest.api.model.ModelsResponse;
import io.newsdigest.models.ModelStore;
import io.newsdigest.service.http.PipelineHolder;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the configuration and wires the pipeline, so that the server and every command start the same way.
 */
public final class Application {

    private Application() {
    }

    /**
     * The configuration: environment variables over system properties over an optional file over the embedded
     * {@code application.yaml}.
     */
    public static Config config(Optional<Path> file) {
        Config.Builder builder = Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource();
        builder.addSource(ConfigSources.environmentVariables());
        builder.addSource(ConfigSources.systemProperties());
        file.ifPresent(path -> builder.addSource(ConfigSources.file(path)));
        builder.addSource(ConfigSources.classpath("application.yaml"));
        return builder.build();
    }

    /** Starts loading the default pipeline, with the models of {@code store}, in the background. */
    public static PipelineHolder pipeline(ServiceConfig config, ModelStore store) {
        return PipelineHolder.loadInBackground(() -> DefaultPipeline.load(config, store));
    }

    /**
     * Starts loading the default pipeline in the background, with the models of {@code store} kept current and the
     * chat model the settings name; {@code control} gets the pipeline once it has loaded.
     */
    public static PipelineHolder pipeline(ServiceConfig config, ModelSettings models, ModelStore store,
                                          ModelControl control) {
        return PipelineHolder.loadInBackground(() -> DefaultPipeline.load(config, models, store, control));
    }

    /** The listing behind {@code GET /v1/models}. */
    public static Supplier<ModelsResponse> models(ModelStore store) {
        return models(store, ModelControl.none());
    }

    /** The listing behind {@code GET /v1/models}: the directory, which models are in use, and the chat model. */
    public static Supplier<ModelsResponse> models(ModelStore store, ModelControl control) {
        return () -> Models.listing(store, control);
    }
}
