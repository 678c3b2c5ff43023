package io.newsdigest.service;

import io.helidon.common.socket.SocketOptions;
import io.helidon.config.Config;
import io.helidon.openapi.OpenApiFeature;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import io.helidon.webserver.staticcontent.StaticContentService;
import io.newsdigest.api.model.ModelsResponse;
import io.newsdigest.service.http.AdmissionQueue;
import io.newsdigest.service.http.ApiKeyFilter;
import io.newsdigest.json.ApiMapping;
import io.newsdigest.json.DigestJson;
import io.newsdigest.json.JsonLimits;
import io.newsdigest.service.http.BatchEndpoint;
import io.newsdigest.service.http.DetectEndpoint;
import io.newsdigest.service.http.FiguresEndpoint;
import io.newsdigest.service.http.JsonBodies;
import io.newsdigest.service.http.ModelsEndpoint;
import io.newsdigest.service.http.PipelineHolder;
import io.newsdigest.service.http.ProblemResponses;
import io.newsdigest.service.http.RequestGate;
import io.newsdigest.service.http.SummarizeEndpoint;
import io.newsdigest.service.http.TranslateEndpoint;

import java.util.function.Supplier;

/**
 * Puts the web server together: routes, filters, error mapping, health, metrics, the spec and the page.
 * {@link #routing} is shared with the routing tests.
 */
public final class ServerAssembly {

    private ServerAssembly() {
    }

    /** Everything the routes need; {@code control} reloads the models behind {@code POST /v1/models/reload}. */
    public record Parts(ServiceConfig config, PipelineHolder pipeline, Supplier<ModelsResponse> models,
                        ModelControl control) {

        /** Parts whose models cannot be reloaded (tests with a pipeline of their own). */
        public Parts(ServiceConfig config, PipelineHolder pipeline, Supplier<ModelsResponse> models) {
            this(config, pipeline, models, ModelControl.none());
        }
    }

    /** Registers every route, filter and error handler of the application. */
    public static void routing(HttpRouting.Builder routing, Parts parts) {
        ServiceConfig config = parts.config();
        JsonBodies bodies = new JsonBodies(config.maxBodyBytes(), config.maxJsonDepth());
        ApiMapping mapping = new ApiMapping(config.maxFigures());
        long maxBatchBytes = config.maxBatchBytes();
        routing.addFilter(new ApiKeyFilter(config.apiKeys()))
                .addFilter(new RequestGate(new AdmissionQueue(config.maxConcurrentRequests(), config.maxQueuedRequests(),
                        java.time.Duration.ofMillis(config.maxQueueWaitMillis()), config.retryAfterSeconds()),
                        config.maxBodyBytes(), maxBatchBytes))
                .register("/v1/summarize", new SummarizeEndpoint(parts.pipeline(), bodies, mapping))
                .register("/v1/detect", new DetectEndpoint(parts.pipeline(), bodies))
                .register("/v1/figures", new FiguresEndpoint(parts.pipeline(), bodies))
                .register("/v1/translate", new TranslateEndpoint(parts.pipeline(), bodies))
                .register("/v1/batch", new BatchEndpoint(parts.pipeline(), new DigestJson(config.maxFigures(),
                                new JsonLimits(config.maxJsonDepth(), config.maxBodyBytes())),
                        config.maxBatchLines(), maxBatchBytes, Runtime.getRuntime().availableProcessors()))
                .register("/v1/models", new ModelsEndpoint(parts.models(), () -> ModelsEndpoint.reloaded(
                        parts.pipeline(), parts.control()), bodies))
                .register("/", StaticContentService.builder("web").welcomeFileName("index.html").build());
        ProblemResponses.register(routing);
    }

    /**
     * The accepted connections' socket options: those configured, with Nagle's algorithm off unless the
     * configuration turns it back on. A response whose length is not known in advance (health, metrics, a batch)
     * ends with a small last write; with Nagle on, that write waits for the client's delayed acknowledgement, which
     * costs every such response about 40 ms on a keep-alive connection.
     */
    static SocketOptions connectionOptions(Config configured) {
        SocketOptions.Builder options = SocketOptions.builder().tcpNoDelay(true);
        configured.ifExists(options::config);
        return options.build();
    }

    /** Configures the listener, the observability features and the routes. */
    public static WebServerConfig.Builder server(Config config, Parts parts) {
        HealthObserver health = HealthObserver.builder()
                .details(true)
                .addCheck(parts.pipeline().readinessCheck())
                .build();
        return WebServer.builder()
                .config(config.get("server"))
                .connectionOptions(connectionOptions(config.get("server.connection-options")))
                .maxPayloadSize(Math.max(parts.config().maxBodyBytes(), parts.config().maxBatchBytes()))
                .directHandlers(ProblemResponses.directHandlers())
                .addFeature(ObserveFeature.just(health, MetricsObserver.create()))
                .addFeature(OpenApiFeature.create(config.get("openapi")))
                .routing(routing -> routing(routing, parts));
    }
}
