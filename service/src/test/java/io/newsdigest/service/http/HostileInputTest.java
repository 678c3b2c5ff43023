package io.newsdigest.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import io.newsdigest.models.ModelStore;
import io.newsdigest.service.DefaultPipeline;
import io.newsdigest.service.ServiceConfig;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated hostile JSON against every endpoint of the real server with the real default pipeline (no models
 * installed): whatever arrives, the answer is a digest or a problem+json document with a client-error status,
 * never a 500. The only 5xx allowed is the 503 that names a translation model to install.
 */
class HostileInputTest {

    private static final int BODY_LIMIT = 64 * 1024;
    private static final List<String> ENDPOINTS = List.of("/v1/summarize", "/v1/detect", "/v1/figures",
            "/v1/translate", "/v1/models");
    private static final Set<Integer> CLIENT_ERRORS = Set.of(400, 404, 405, 413, 422);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpMediaType NDJSON = HttpMediaType.create("application/x-ndjson");

    private static PipelineHolder pipeline;
    private static TestServer server;
    private static WebClient client;

    @BeforeContainer
    static void start() throws IOException {
        ServiceConfig config = ServiceConfig.defaults().withLimits(BODY_LIMIT, 2, 50);
        pipeline = PipelineHolder.loadNow(DefaultPipeline.load(config,
                new ModelStore(Files.createTempDirectory("newsdigest-models"))));
        server = new TestServer(config, pipeline);
        client = server.webClient();
    }

    @AfterContainer
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Property(tries = 400)
    void everyEndpointAnswersHostileJsonWithADigestOrAProblemNever500(@ForAll("endpoints") String path,
                                                                      @ForAll("bodies") byte[] body) {
        HttpClientResponse response = client.post(path).contentType(MediaTypes.APPLICATION_JSON).submit(body);
        String text = response.entity().as(String.class);
        int status = response.status().code();
        Statistics.label("status").collect(status);
        if (status == 200) {
            assertTrue(json(text).isObject(), path + ": a digest object: " + text);
        } else {
            expectProblem(path, status, response, text);
        }
    }

    @Property(tries = 120)
    void everyHostileBatchLineBecomesADigestOrAnErrorObjectNever500(@ForAll("batches") List<byte[]> lines) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        lines.forEach(line -> {
            body.writeBytes(line);
            body.write('\n');
        });
        HttpClientResponse response = client.post("/v1/batch").contentType(NDJSON).submit(body.toByteArray());
        String text = response.entity().as(String.class);
        int status = response.status().code();
        Statistics.label("status").collect(status);
        if (status != 200) {
            expectProblem("/v1/batch", status, response, text);
            return;
        }
        for (String line : text.split("\n")) {
            JsonNode result = json(line);
            if (result.has("error")) {
                int lineStatus = result.get("error").get("status").asInt();
                Statistics.label("line").collect(lineStatus);
                assertTrue(CLIENT_ERRORS.contains(lineStatus), "a batch line's error is a client error: " + line);
            } else {
                Statistics.label("line").collect(200);
                assertTrue(result.has("summary"), "a digest: " + line);
            }
        }
    }

    @Provide
    Arbitrary<String> endpoints() {
        return Arbitraries.of(ENDPOINTS);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return HostileJson.bodies(BODY_LIMIT);
    }

    @Provide
    Arbitrary<List<byte[]>> batches() {
        return HostileJson.bodies(BODY_LIMIT / 8).list().ofMinSize(1).ofMaxSize(6);
    }

    private static void expectProblem(String path, int status, HttpClientResponse response, String text) {
        assertEquals("application/problem+json", response.headers().first(HeaderNames.CONTENT_TYPE).orElse(""),
                path + " " + status + ": " + text);
        JsonNode problem = json(text);
        assertEquals(status, problem.get("status").asInt(), text);
        boolean missingModel = status == 503 && path.equals("/v1/translate")
                && problem.get("detail").asText().contains("models pull");
        assertTrue(CLIENT_ERRORS.contains(status) || missingModel, path + ": not a client error: " + text);
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
