package io.newsdigest.nlp.chat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static io.newsdigest.nlp.chat.LoopbackModelServer.Reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LangChain4j's real OpenAI and Ollama clients against a loopback server speaking each protocol: the request they
 * send, the validated answer, and every failure the service must survive.
 */
class LangChainModelServerTest {

    private static final List<String> ARTICLE = List.of(
            "Nordhafen baut Anlage für grünen Wasserstoff",
            "Die Hafengesellschaft Nordhafen hat am Dienstag den Bau einer Elektrolyseanlage beschlossen.",
            "Die Anlage soll eine Leistung von 300 Megawatt haben und ab 2028 rund 40.000 Tonnen erzeugen.",
            "Die Investitionen belaufen sich auf mehr als 5 Milliarden Euro, davon trägt das Land 40 Prozent.",
            "In der Region sollen dadurch etwa 1.200 neue Arbeitsplätze entstehen.");

    private final LoopbackModelServer stub = LoopbackModelServer.start("llama3.1:8b");
    private LangChainModelServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        stub.close();
    }

    private LangChainModelServer client(ChatProvider provider, Duration timeout) {
        server = new LangChainModelServer(stub.settings(provider).withTimeout(timeout).withApiKey("secret-key"));
        return server;
    }

    private List<WrittenSentence> summarize(LangChainModelServer client) {
        return new ChatSummarizer(client).summarize(ARTICLE, Optional.empty(), "de", "en", 3, OptionalInt.empty());
    }

    @ParameterizedTest
    @EnumSource(ChatProvider.class)
    void asksForStructuredJsonAndReadsTheSourcesOfEverySentence(ChatProvider provider) {
        stub.then(Reply.recorded("nordhafen-faithful.en.json"));

        List<WrittenSentence> written = summarize(client(provider, Duration.ofSeconds(10)));

        assertEquals(3, written.size());
        assertTrue(written.get(1).text().contains("more than 5 billion euros"), written.toString());
        assertEquals(List.of(3), written.get(1).sources());
        assertEquals(List.of(1, 2), written.get(0).sources());
        LoopbackModelServer.Recorded request = stub.chatRequests().get(0);
        JsonNode body = request.json();
        assertEquals("llama3.1:8b", body.path("model").asText());
        JsonNode schema = provider == ChatProvider.OPENAI
                ? body.path("response_format").path("json_schema").path("schema") : body.path("format");
        if (provider == ChatProvider.OPENAI) {
            assertEquals("json_schema", body.path("response_format").path("type").asText());
        }
        assertTrue(schema.path("properties").has("sentences"), body.toString());
        assertTrue(body.toString().contains("[3] Die Investitionen"), "the article goes out as numbered sentences");
        assertEquals("Bearer secret-key", request.authorization());
        assertEquals(ChatHealth.State.UP, server.health().state());
    }

    @ParameterizedTest
    @EnumSource(ChatProvider.class)
    void sendsAnUnusableAnswerBackOnceForRepair(ChatProvider provider) {
        stub.then(Reply.recorded("not-json.txt"), Reply.recorded("nordhafen-faithful.en.json"));

        List<WrittenSentence> written = summarize(client(provider, Duration.ofSeconds(10)));

        assertEquals(3, written.size());
        assertEquals(2, stub.chatRequests().size());
        String repair = stub.chatRequests().get(1).json().path("messages").toString();
        assertTrue(repair.contains("Here is a summary of the article"), "the first answer is sent back");
        assertTrue(repair.contains("not a JSON object"), "with what is wrong with it: " + repair);
    }

    @ParameterizedTest
    @EnumSource(ChatProvider.class)
    void failsAfterTwoUnusableAnswers(ChatProvider provider) {
        stub.otherwise(Reply.recorded("not-json.txt"));

        ChatCallException e = assertThrows(ChatCallException.class, () -> summarize(client(provider,
                Duration.ofSeconds(10))));

        assertEquals(ChatFailure.Kind.INVALID_ANSWER, e.failure().kind());
        assertEquals(2, stub.chatRequests().size(), "one repair, no more");
    }

    @ParameterizedTest
    @EnumSource(ChatProvider.class)
    void refusesSourcesOutsideTheArticleAsAnUnusableAnswer(ChatProvider provider) {
        stub.otherwise(Reply.answer("{\"sentences\": [{\"text\": \"A plant is built.\", \"sources\": [42]}]}"));

        ChatCallException e = assertThrows(ChatCallException.class, () -> summarize(client(provider,
                Duration.ofSeconds(10))));

        assertTrue(e.getMessage().contains("is 42, but the article sentences are numbered 0 to 4"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(ChatProvider.class)
    void givesUpOnAnAnswerSlowerThanTheTimeoutWithoutRetrying(ChatProvider provider) {
        stub.then(Reply.slow(Duration.ofSeconds(5), Reply.recorded("nordhafen-faithful.en.json")));
        long start = System.nanoTime();

        ChatCallException e = assertThrows(ChatCallException.class, () -> summarize(client(provider,
                Duration.ofMillis(700))));

        assertEquals(ChatFailure.Kind.TIMEOUT, e.failure().kind());
        assertTrue(e.getMessage().contains("did not answer within 0.7 s"), e.getMessage());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 4_000, "well before the slow answer");
        assertEquals(1, stub.chatRequests().size());
        assertEquals(ChatHealth.State.DOWN, server.health().state());
    }

    @ParameterizedTest
    @EnumSource(ChatProvider.class)
    void namesAServerErrorWithoutRetrying(ChatProvider provider) {
        stub.then(Reply.status(500, "{\"error\": \"CUDA out of memory\"}"));

        ChatCallException e = assertThrows(ChatCallException.class, () -> summarize(client(provider,
                Duration.ofSeconds(10))));

        assertEquals(ChatFailure.Kind.SERVER_ERROR, e.failure().kind());
        assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
        assertEquals(1, stub.chatRequests().size());
    }

    @ParameterizedTest
    @EnumSource(ChatProvider.class)
    void leavesARateLimitedServerAloneForAsLongAsItAsked(ChatProvider provider) {
        stub.then(Reply.status(429, "{\"error\": \"rate limit\"}", "Retry-After", "7"))
                .otherwise(Reply.recorded("nordhafen-faithful.en.json"));
        LangChainModelServer client = client(provider, Duration.ofSeconds(10));

        ChatCallException limited = assertThrows(ChatCallException.class, () -> summarize(client));
        ChatCallException waiting = assertThrows(ChatCallException.class, () -> summarize(client));

        assertEquals(ChatFailure.Kind.RATE_LIMITED, limited.failure().kind());
        assertTrue(limited.getMessage().contains("HTTP 429") && limited.getMessage().contains("retry after 7 s"),
                limited.getMessage());
        assertEquals(ChatFailure.Kind.COOLING_DOWN, waiting.failure().kind());
        assertEquals(1, stub.chatRequests().size(), "the second call never reached the server");
    }

    @ParameterizedTest
    @EnumSource(ChatProvider.class)
    void namesARefusedConnection(ChatProvider provider) {
        java.net.URI base = stub.baseUrl(provider);
        stub.close();
        server = new LangChainModelServer(ChatSettings.of(provider, base, "llama3.1:8b"));

        ChatCallException e = assertThrows(ChatCallException.class, () -> summarize(server));

        assertEquals(ChatFailure.Kind.UNREACHABLE, e.failure().kind());
        assertEquals(ChatHealth.State.DOWN, server.probe().state());
    }

    @ParameterizedTest
    @EnumSource(ChatProvider.class)
    void probesByListingModelsNeverByGenerating(ChatProvider provider) {
        LangChainModelServer client = client(provider, Duration.ofSeconds(5));
        assertTrue(client.health().reachable().isEmpty(), "unknown before the first probe");

        assertEquals(ChatHealth.State.UP, client.probe().state());
        assertTrue(stub.chatRequests().isEmpty());

        try (LangChainModelServer other = new LangChainModelServer(ChatSettings.of(provider, stub.baseUrl(provider),
                "mistral:7b"))) {
            ChatHealth health = other.probe();
            assertEquals(ChatHealth.State.DOWN, health.state());
            assertTrue(health.problem().orElseThrow().contains("does not list the model 'mistral:7b'"));
        }
    }

    @ParameterizedTest
    @EnumSource(ChatProvider.class)
    void translatesNumberedSentencesAndChecksEveryNumberCameBack(ChatProvider provider) {
        stub.then(Reply.answer("{\"translations\": [{\"id\": 1, \"text\": \"About 1,200 jobs are created.\"},"
                        + " {\"id\": 0, \"text\": \"The plant delivers 300 megawatts.\"}]}"),
                Reply.answer("{\"translations\": [{\"id\": 0, \"text\": \"Only one.\"}]}"),
                Reply.answer("{\"translations\": [{\"id\": 0, \"text\": \"One.\"}, {\"id\": 1, \"text\": \"Two.\"}]}"));
        ChatTranslator translator = new ChatTranslator(client(provider, Duration.ofSeconds(5)), "de", "en");

        assertEquals(List.of("The plant delivers 300 megawatts.", "About 1,200 jobs are created."),
                translator.translate(List.of("Die Anlage liefert 300 Megawatt.", "Etwa 1.200 Jobs entstehen.")));
        assertEquals(List.of("One.", "Two."), translator.translate(List.of("Eins.", "Zwei.")));
        String repair = stub.chatRequests().get(2).json().path("messages").toString();
        assertTrue(repair.contains("sentences [1] are not translated"), repair);
        assertEquals("ollama".equals(provider.configName()) ? "ollama:llama3.1:8b" : "openai:llama3.1:8b",
                translator.modelId());
    }

    @ParameterizedTest
    @EnumSource(ChatProvider.class)
    void neverShowsTheApiKey(ChatProvider provider) {
        LangChainModelServer client = client(provider, Duration.ofSeconds(5));
        assertFalse(client.toString().contains("secret-key"));
        assertFalse(client.settings().toString().contains("secret-key"));
    }
}
