package io.newsdigest.service;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.WebServer;
import io.newsdigest.models.ModelStore;
import io.newsdigest.service.http.PipelineHolder;

import java.nio.file.Path;
import java.util.Map;

/**
 * The application as {@code serve} starts it (real pipeline, real routes), on a free loopback port, with the
 * given models directory instead of the user's. Loading the pipeline takes seconds: share one per test class.
 */
public final class RunningService implements AutoCloseable {

    private final WebServer server;
    private final PipelineHolder pipeline;

    private RunningService(WebServer server, PipelineHolder pipeline) {
        this.server = server;
        this.pipeline = pipeline;
    }

    /** Starts the server and waits until the pipeline is ready. */
    public static RunningService start(Path modelsDirectory) {
        return start(modelsDirectory, Map.of());
    }

    /**
     * Starts the server with configuration keys over the defaults ({@code newsdigest.llm.provider}, ...) and waits
     * until the pipeline is ready.
     */
    public static RunningService start(Path modelsDirectory, Map<String, String> keys) {
        Map<String, String> all = new java.util.HashMap<>(keys);
        all.put("server.port", "0");
        all.put("server.host", "127.0.0.1");
        Config config = Config.just(ConfigSources.create(all));
        ServiceConfig settings = ServiceConfig.from(config, Map.of());
        ModelSettings models = ModelSettings.from(config, Map.of());
        ModelStore store = new ModelStore(modelsDirectory);
        ModelControl control = new ModelControl(new MetricsModelEvents());
        PipelineHolder pipeline = Application.pipeline(settings, models, store, control);
        WebServer server = ServerAssembly.server(config, new ServerAssembly.Parts(settings, pipeline,
                Application.models(store, control), control)).build().start();
        RunningService running = new RunningService(server, pipeline);
        try {
            pipeline.await();
            return running;
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
    }

    public String baseUri() {
        return "http://127.0.0.1:" + server.port();
    }

    public WebClient client() {
        return WebClient.builder().baseUri(baseUri()).build();
    }

    @Override
    public void close() {
        server.stop();
        pipeline.close();
    }
}
