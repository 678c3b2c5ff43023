package io.newsdigest.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientResponse;
import io.newsdigest.nlp.NewsDigest;
import io.newsdigest.service.ServiceConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests beyond the slots wait in the queue; 429 when the queue refuses; 503 while the models load. */
class BusyAndStartingTest {

    private static final String DETECT = "{\"text\":\"Der Rat und die Stadt tagen.\"}";

    @Test
    void aBurstBeyondTheSlotsWaitsInTheQueueAndEveryRequestIsAnswered() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (TestServer server = new TestServer(ServiceConfig.defaults().withAdmission(1, 8, 10_000),
                PipelineHolder.ready(blockingDetector(entered, release)))) {
            List<CompletableFuture<Integer>> burst = new ArrayList<>();
            burst.add(detect(server));
            assertTrue(entered.await(10, TimeUnit.SECONDS), "the first request holds the only slot");
            for (int i = 0; i < 3; i++) {
                burst.add(detect(server));
            }
            String metrics = "";
            for (int i = 0; i < 500 && !metrics.contains("newsdigest_admission_queued{scope=\"application\",} 3.0"); i++) {
                Thread.sleep(10);
                metrics = server.webClient().get("/observe/metrics").request().entity().as(String.class);
            }
            assertTrue(metrics.contains("newsdigest_admission_queued{scope=\"application\",} 3.0"),
                    "three requests wait, as the metrics say:\n" + metrics);
            assertTrue(metrics.contains("newsdigest_admission_active{scope=\"application\",} 1.0"), metrics);

            release.countDown();
            for (CompletableFuture<Integer> request : burst) {
                assertEquals(200, request.get(10, TimeUnit.SECONDS), "queued, not refused");
            }
            String after = server.webClient().get("/observe/metrics").request().entity().as(String.class);
            assertTrue(after.contains("newsdigest_admission_wait_seconds_count"), "the wait times:\n" + after);
        }
    }

    @Test
    void aRequestTheQueueHasNoPlaceForIs429WithRetryAfter() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        NewsDigest slow = blockingDetector(entered, release);
        try (TestServer server = new TestServer(ServiceConfig.defaults().withAdmission(1, 0, 10_000),
                PipelineHolder.ready(slow))) {
            CompletableFuture<Integer> first = detect(server);
            assertTrue(entered.await(10, TimeUnit.SECONDS), "first request reached the detector");

            HttpClientResponse second = server.webClient().post("/v1/detect")
                    .contentType(MediaTypes.APPLICATION_JSON).submit(DETECT);
            JsonNode problem = Problems.expect(second, 429);
            assertTrue(problem.get("detail").asText().contains("queue"), problem.toString());
            assertEquals("1", second.headers().first(HeaderNames.RETRY_AFTER).orElse(""));

            release.countDown();
            assertEquals(200, first.get(10, TimeUnit.SECONDS));
        }
    }

    private static CompletableFuture<Integer> detect(TestServer server) {
        return CompletableFuture.supplyAsync(() -> server.webClient().post("/v1/detect")
                .contentType(MediaTypes.APPLICATION_JSON).submit(DETECT).status().code(),
                java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
    }

    /** A pipeline whose detector signals {@code entered} and then blocks until {@code release}. */
    private static NewsDigest blockingDetector(CountDownLatch entered, CountDownLatch release) {
        return NewsDigest.builder()
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
