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
        Config config = Config.just(ConfigSources.create(Map.of("server.port", "0", "server.host", "127.0.0.1")));
        ServiceConfig settings = ServiceConfig.from(config, Map.of());
        ModelStore store = new ModelStore(modelsDirectory);
        PipelineHolder pipeline = Application.pipeline(settings, store);
        WebServer server = ServerAssembly.server(config,
                new ServerAssembly.Parts(settings, pipeline, Application.models(store))).build().start();
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
