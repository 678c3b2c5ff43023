package io.newsdigest.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import io.newsdigest.service.ServiceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With API keys configured, /v1 needs one; health and the spec stay open. */
class AccessControlTest {

    private static TestServer server;
    private static WebClient client;

    @BeforeAll
    static void start() {
        server = new TestServer(ServiceConfig.defaults().withApiKeys(List.of("s3cret", "other-key")),
                PipelineHolder.ready(FakePipeline.create(false)));
        client = server.webClient();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpClientResponse detect(String header, String value) {
        var request = client.post("/v1/detect").contentType(MediaTypes.APPLICATION_JSON);
        if (header != null) {
            request.header(HeaderNames.create(header), value);
        }
        return request.submit("{\"text\":\"Der Rat und die Stadt tagen.\"}");
    }

    @Test
    void withoutAKeyTheApiAnswers401() {
        HttpClientResponse response = detect(null, null);
        JsonNode problem = Problems.expect(response, 401);
        assertEquals("Bearer", response.headers().first(HeaderNames.WWW_AUTHENTICATE).orElse(""));
        assertEquals(401, problem.get("status").asInt());
    }

    @Test
    void aWrongKeyAnswers401() {
        Problems.expect(detect("Authorization", "Bearer wrong"), 401);
    }

    @Test
    void aBearerKeyIsAccepted() {
        assertEquals(200, detect("Authorization", "Bearer s3cret").status().code());
    }

    @Test
    void anXApiKeyIsAccepted() {
        assertEquals(200, detect("X-API-Key", "other-key").status().code());
    }

    @Test
    void healthAndTheSpecStayOpen() {
        assertEquals(200, client.get("/openapi").request().status().code());
        assertEquals(200, client.get("/observe/health").request().status().code());
    }
}
