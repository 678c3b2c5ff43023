package io.newsdigest.service.http;

import io.helidon.config.Config;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.WebServer;
import io.newsdigest.api.model.ModelInfo;
import io.newsdigest.api.model.ModelsResponse;
import io.newsdigest.client.ApiClient;
import io.newsdigest.service.ServerAssembly;
import io.newsdigest.service.ServiceConfig;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** A real server on a free loopback port, assembled exactly as in production but with the given pipeline. */
final class TestServer implements AutoCloseable {

    private final WebServer server;
    final URI uri;

    TestServer(ServiceConfig config, PipelineHolder pipeline) {
        Config root = Config.just(io.helidon.config.ConfigSources.create(Map.of("server.port", "0",
                "server.host", "127.0.0.1")));
        this.server = ServerAssembly.server(root, new ServerAssembly.Parts(config, pipeline, TestServer::models))
                .build().start();
        this.uri = URI.create("http://127.0.0.1:" + server.port());
    }

    static TestServer withFakePipeline() {
        return new TestServer(ServiceConfig.defaults(), PipelineHolder.ready(FakePipeline.create(true)));
    }

    ApiClient apiClient() {
        return ApiClient.builder().webClientBuilder(WebClient.builder().baseUri(uri)).build();
    }

    WebClient webClient() {
        return WebClient.builder().baseUri(uri).build();
    }

    static ModelsResponse models() {
        ModelInfo model = new ModelInfo();
        model.setId("tiny-test-model");
        model.setTask("translation");
        model.setLanguages(List.of("de", "en"));
        model.setVerified(true);
        ModelsResponse response = new ModelsResponse();
        response.setDirectory("/models");
        response.setModels(List.of(model));
        return response;
    }

    @Override
    public void close() {
        server.stop();
    }
}
