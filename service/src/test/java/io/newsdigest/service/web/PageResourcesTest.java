package io.newsdigest.service.web;

import io.helidon.common.media.type.MediaTypes;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.WebServer;
import io.newsdigest.service.ServerAssembly;
import io.newsdigest.service.ServiceConfig;
import io.newsdigest.service.http.PipelineHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page's files as the server delivers them, while the language pipeline is still loading. */
class PageResourcesTest {

    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static WebServer server;
    private static PipelineHolder pipeline;
    private static WebClient client;

    @BeforeAll
    static void start() {
        Config config = Config.just(ConfigSources.create(Map.of("server.port", "0", "server.host", "127.0.0.1")));
        pipeline = PipelineHolder.loadInBackground(() -> {
            try {
                RELEASE.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("this test never finishes loading the pipeline");
        });
        server = ServerAssembly.server(config, new ServerAssembly.Parts(ServiceConfig.from(config), pipeline,
                () -> { throw new IllegalStateException("not needed by the page"); })).build().start();
        client = WebClient.builder().baseUri("http://127.0.0.1:" + server.port()).build();
    }

    @AfterAll
    static void stop() {
        server.stop();
        RELEASE.countDown();
        pipeline.close();
    }

    @Test
    void servesThePageAtTheRootWhileThePipelineLoads() {
        try (HttpClientResponse response = client.get("/").request()) {
            assertEquals(200, response.status().code());
            assertTrue(response.as(String.class).contains("<form id=\"article-form\""));
        }
    }

    @Test
    void servesScriptsAsJavaScriptSoThatModulesRun() {
        try (HttpClientResponse response = client.get("/js/main.js").request()) {
            assertEquals(200, response.status().code());
            assertEquals("text/javascript", response.headers().contentType().orElseThrow().mediaType().text());
        }
    }

    @Test
    void answersAReloadWithNotModified() {
        String etag;
        try (HttpClientResponse first = client.get("/css/page.css").request()) {
            etag = first.headers().get(HeaderNames.ETAG).get();
        }
        try (HttpClientResponse again = client.get("/css/page.css").header(HeaderNames.IF_NONE_MATCH, etag).request()) {
            assertEquals(304, again.status().code());
        }
    }

    @Test
    void tellsThePageToRetryWhileStarting() {
        try (HttpClientResponse response = client.post("/v1/summarize").contentType(MediaTypes.APPLICATION_JSON)
                .submit("{\"text\": \"Der Umsatz stieg um 12 Prozent.\"}")) {
            assertEquals(503, response.status().code());
            assertTrue(response.headers().contains(HeaderNames.RETRY_AFTER), "the page counts down from Retry-After");
        }
    }
}
