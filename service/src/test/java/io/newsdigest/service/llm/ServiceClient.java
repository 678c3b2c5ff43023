package io.newsdigest.service.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import io.newsdigest.nlp.chat.LoopbackModelServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Small helpers for the chat tests: JSON in and out of the running service, recorded articles. */
final class ServiceClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final WebClient client;

    ServiceClient(WebClient client) {
        this.client = client;
    }

    JsonNode post(String path, ObjectNode body, int status) {
        HttpClientResponse response = client.post(path).contentType(MediaTypes.APPLICATION_JSON)
                .submit(body.toString());
        String text = response.entity().as(String.class);
        assertEquals(status, response.status().code(), text);
        return read(text);
    }

    JsonNode get(String path) {
        return read(client.get(path).request().entity().as(String.class));
    }

    String getText(String path) {
        return client.get(path).request().entity().as(String.class);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** The German article written for these tests (test resource of the loopback model server). */
    static String nordhafen() {
        try (InputStream in = LoopbackModelServer.class.getResourceAsStream("nordhafen.de.txt")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
