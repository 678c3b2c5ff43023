package io.newsdigest.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientResponse;
import io.newsdigest.nlp.NewsDigest;
import io.newsdigest.service.ServiceConfig;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 429 when every slot is taken, 503 while the models load. */
class BusyAndStartingTest {

    private static final String DETECT = "{\"text\":\"Der Rat und die Stadt tagen.\"}";

    @Test
    void aRequestBeyondTheConcurrencyLimitIs429WithRetryAfter() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        NewsDigest slow = NewsDigest.builder()
                .cleaner(new io.newsdigest.nlp.text.ArticleCleaner() {
                    @Override
                    public io.newsdigest.nlp.text.CleanArticle fromText(String text, java.util.Optional<String> title) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public io.newsdigest.nlp.text.CleanArticle fromHtml(String html, java.util.Optional<String> title) {
                        throw new UnsupportedOperationException();
                    }
                })
                .detector(text -> {
                    entered.countDown();
                    await(release);
                    return FakePipeline.detect(text);
                })
                .splitter(FakePipeline::split)
                .figures((text, sentences, language, title) -> java.util.List.of())
                .renderer((figure, target) -> "")
                .extractive((input, options) -> null)
                .build();
        try (TestServer server = new TestServer(ServiceConfig.defaults().withLimits(1 << 20, 1, 10),
                PipelineHolder.ready(slow))) {
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> server.webClient().post("/v1/detect")
                    .contentType(MediaTypes.APPLICATION_JSON).submit(DETECT).status().code());
            assertTrue(entered.await(10, TimeUnit.SECONDS), "first request reached the detector");

            HttpClientResponse second = server.webClient().post("/v1/detect")
                    .contentType(MediaTypes.APPLICATION_JSON).submit(DETECT);
            Problems.expect(second, 429);
            assertEquals("1", second.headers().first(HeaderNames.RETRY_AFTER).orElse(""));

            release.countDown();
            assertEquals(200, first.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void whileTheModelsLoadTheApiIs503AndReadinessIsDown() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        PipelineHolder loading = PipelineHolder.loadInBackground(() -> {
            await(release);
            return new PipelineHolder.LoadedPipeline(FakePipeline.create(false), java.util.List.of());
        });
        try (TestServer server = new TestServer(ServiceConfig.defaults(), loading)) {
            HttpClientResponse response = server.webClient().post("/v1/detect")
                    .contentType(MediaTypes.APPLICATION_JSON).submit(DETECT);
            JsonNode problem = Problems.expect(response, 503);
            assertTrue(problem.get("detail").asText().contains("loading"));
            assertTrue(response.headers().first(HeaderNames.RETRY_AFTER).isPresent());
            assertEquals(503, server.webClient().get("/observe/health/ready").request().status().code());

            release.countDown();
            for (int i = 0; i < 100 && !loading.isReady(); i++) {
                Thread.sleep(20);
            }
            assertEquals(200, server.webClient().post("/v1/detect").contentType(MediaTypes.APPLICATION_JSON)
                    .submit(DETECT).status().code());
            assertEquals(200, server.webClient().get("/observe/health/ready").request().status().code());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
