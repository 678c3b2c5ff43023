package io.newsdigest.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reads problem+json answers in tests. */
final class Problems {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Problems() {
    }

    /** Asserts the status and media type and returns the problem document. */
    static JsonNode expect(HttpClientResponse response, int status) {
        String body = response.entity().as(String.class);
        assertEquals(status, response.status().code(), () -> "unexpected status; body: " + body);
        assertEquals("application/problem+json", response.headers().first(HeaderNames.CONTENT_TYPE).orElse(""),
                "problem media type");
        try {
            JsonNode problem = MAPPER.readTree(body);
            assertEquals(status, problem.get("status").asInt(), "status inside the document");
            return problem;
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
