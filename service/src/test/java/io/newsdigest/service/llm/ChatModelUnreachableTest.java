package io.newsdigest.service.llm;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.nlp.chat.ChatProvider;
import io.newsdigest.nlp.chat.LoopbackModelServer;
import io.newsdigest.service.RunningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An Ollama server that is down (its port refuses connections): summaries and translations still answer 200,
 * locally or untranslated, with a warning naming the cause, and {@code GET /v1/models} says it did not answer.
 */
class ChatModelUnreachableTest {

    private static RunningService service;
    private static ServiceClient client;

    @BeforeAll
    static void start() throws IOException {
        LoopbackModelServer gone = LoopbackModelServer.start("llama3.1:8b");
        URI base = gone.baseUrl(ChatProvider.OLLAMA);
        gone.close();
        service = RunningService.start(Files.createTempDirectory("newsdigest-models"), Map.of(
                "newsdigest.llm.provider", "ollama",
                "newsdigest.llm.base-url", base.toString(),
                "newsdigest.llm.model", "llama3.1:8b",
                "newsdigest.llm.health-interval-seconds", "1"));
        client = new ServiceClient(service.client());
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aSummaryIsMadeLocallyAndTheWarningSaysTheServerCannotBeReached() {
        JsonNode digest = client.post("/v1/summarize", ServiceClient.object().put("text", ServiceClient.nordhafen())
                .put("targetLanguage", "en"), 200);

        assertEquals("extractive", digest.get("summary").get("engine").asText());
        assertTrue(digest.get("warnings").toString().contains("could not be reached"), digest.toString());
    }

    @Test
    void aTranslationLeavesTheTextAsItIsAndSaysWhy() {
        JsonNode result = client.post("/v1/translate", ServiceClient.object().put("text", "Es kamen 300 Gäste.")
                .put("source", "de").put("target", "en"), 200);

        assertEquals("none", result.get("method").asText());
        assertEquals("Es kamen 300 Gäste.", result.get("text").asText());
        assertTrue(result.get("warnings").toString().contains("could not be reached"), result.toString());
    }

    @Test
    void theModelsListingSaysItDidNotAnswer() throws InterruptedException {
        JsonNode chat = null;
        for (int i = 0; i < 50 && (chat == null || !chat.has("reachable")); i++) {
            chat = client.get("/v1/models").get("chat");
            Thread.sleep(100);
        }

        assertEquals("ollama", chat.get("provider").asText());
        assertFalse(chat.get("reachable").asBoolean(), chat.toString());
        assertTrue(chat.get("problem").asText().contains("could not be reached"), chat.toString());
    }
}
