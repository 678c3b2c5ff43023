package io.newsdigest.service.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.common.media.type.MediaTypes;
import io.newsdigest.nlp.chat.ChatProvider;
import io.newsdigest.nlp.chat.LoopbackModelServer;
import io.newsdigest.nlp.chat.LoopbackModelServer.Reply;
import io.newsdigest.service.RunningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The running service with an OpenAI-compatible model server on loopback (the protocol vLLM, llama.cpp and
 * gateways speak), through the real HTTP endpoints and LangChain4j's real client. No local model is installed, so
 * the chat model is the only one that writes abstractive summaries and translates.
 */
class ChatSummariesTest {

    private static final String MODEL = "Qwen/Qwen2.5-7B-Instruct";

    private static LoopbackModelServer stub;
    private static RunningService service;
    private static ServiceClient client;

    @BeforeAll
    static void start() throws IOException {
        stub = LoopbackModelServer.start(MODEL);
        service = RunningService.start(Files.createTempDirectory("newsdigest-models"), Map.of(
                "newsdigest.llm.provider", "openai",
                "newsdigest.llm.base-url", stub.baseUrl(ChatProvider.OPENAI).toString(),
                "newsdigest.llm.model", MODEL,
                "newsdigest.llm.api-key", "newsroom-secret",
                "newsdigest.llm.timeout-seconds", "1.5",
                "newsdigest.llm.health-interval-seconds", "1"));
        client = new ServiceClient(service.client());
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (stub != null) {
            stub.close();
        }
    }

    @BeforeEach
    void resetScript() {
        stub.reset();
    }

    private static JsonNode summarize(String article, ObjectNode extra) {
        ObjectNode body = ServiceClient.object().put("text", article).put("targetLanguage", "en")
                .put("includeText", true);
        body.setAll(extra);
        return client.post("/v1/summarize", body, 200);
    }

    @Test
    void writesAnEnglishSummaryOfAGermanArticleWithItsSourceSentences() {
        stub.then(Reply.recorded("nordhafen-faithful.en.json"));

        JsonNode digest = summarize(ServiceClient.nordhafen(), ServiceClient.object());

        JsonNode summary = digest.get("summary");
        assertEquals("llm", summary.get("engine").asText());
        assertEquals("abstractive", summary.get("method").asText());
        assertEquals("en", summary.get("language").asText());
        assertEquals(0, summary.get("guardReplaced").asInt());
        assertEquals(3, summary.get("sentences").size());
        String text = digest.get("text").asText();
        JsonNode investment = summary.get("sentences").get(1);
        assertTrue(investment.get("text").asText().contains("more than 5 billion euros"));
        JsonNode link = investment.get("sources").get(0);
        assertTrue(text.substring(link.get("start").asInt(), link.get("end").asInt()).contains("5 Milliarden Euro"),
                "the link points at the sentence it rests on");
        assertTrue(investment.get("verified").asBoolean());
        assertEquals(2, summary.get("sentences").get(0).get("sources").size(), "the first rests on two sentences");
        assertTrue(digest.get("models").toString().contains("openai:" + MODEL));
        JsonNode request = stub.chatRequests().get(0).json();
        assertEquals("Bearer newsroom-secret", stub.chatRequests().get(0).authorization());
        assertTrue(request.path("messages").get(0).path("content").asText().contains("in English"));
    }

    @Test
    void replacesASentenceWithAChangedFigureAndNamesIt() {
        stub.then(Reply.recorded("nordhafen-changed.en.json"));

        JsonNode digest = summarize(ServiceClient.nordhafen(), ServiceClient.object());

        JsonNode summary = digest.get("summary");
        assertEquals(1, summary.get("guardReplaced").asInt());
        JsonNode replaced = summary.get("sentences").get(1);
        assertTrue(replaced.get("replaced").asBoolean());
        assertEquals("de", replaced.get("language").asText(), "no local translator: left in the article's language");
        assertTrue(replaced.get("text").asText().contains("mehr als 5 Milliarden Euro"), replaced.toString());
        assertFalse(summary.toString().contains("50 billion"));
        assertTrue(warnings(digest).stream().anyMatch(w -> w.contains("'50 billion euros'")
                && w.contains("does not back")), warnings(digest).toString());
        assertFalse(summary.get("sentences").get(0).has("replaced"), "the faithful sentences stand");
    }

    @Test
    void theSeedArticleWithAChangedFigureKeepsOnlyFiguresOfTheArticle() throws IOException {
        Path sample = Path.of(System.getProperty("newsdigest.shared", "../shared"))
                .resolve("samples/xinjiang-datacenters.de.txt");
        assumeTrue(Files.isRegularFile(sample), "the seed article is not available at " + sample);
        String article = Files.readString(sample);
        stub.then(Reply.recorded("xinjiang-changed.en.json"));

        JsonNode digest = summarize(article, ServiceClient.object().put("maxSentences", 4));

        JsonNode summary = digest.get("summary");
        assertEquals("llm", summary.get("engine").asText());
        assertEquals(1, summary.get("guardReplaced").asInt());
        assertTrue(warnings(digest).stream().anyMatch(w -> w.contains("'50 billion yuan'")), warnings(digest).toString());
        List<Double> articleValues = values(article, "de");
        for (JsonNode sentence : summary.get("sentences")) {
            String language = sentence.has("language") ? sentence.get("language").asText() : "en";
            for (double value : values(sentence.get("text").asText(), language)) {
                assertTrue(articleValues.contains(value) || value == 1 || value == 12,
                        "every figure of '" + sentence.get("text").asText() + "' is the article's: " + value);
            }
        }
    }

    @Test
    void anAnswerThatIsNotJsonTwiceGivesTheExtractiveDigestAndSaysWhy() {
        stub.otherwise(Reply.recorded("not-json.txt"));

        JsonNode digest = summarize(ServiceClient.nordhafen(), ServiceClient.object());

        assertEquals("extractive", digest.get("summary").get("engine").asText());
        assertEquals(2, stub.chatRequests().size(), "one repair request");
        assertTrue(warnings(digest).stream().anyMatch(w -> w.contains("not usable twice")), warnings(digest).toString());
    }

    @Test
    void anAnswerSlowerThanTheTimeoutGivesTheExtractiveDigestAndSaysWhy() {
        stub.otherwise(Reply.slow(Duration.ofSeconds(4), Reply.recorded("nordhafen-faithful.en.json")));

        JsonNode digest = summarize(ServiceClient.nordhafen(), ServiceClient.object());

        assertEquals("extractive", digest.get("summary").get("engine").asText());
        assertTrue(warnings(digest).stream().anyMatch(w -> w.contains("did not answer within 1.5 s")),
                warnings(digest).toString());
        assertEquals(1, stub.chatRequests().size(), "a failed summary is not followed by a translation call");
    }

    @Test
    void aServerErrorGivesTheExtractiveDigestAndSaysWhy() {
        stub.otherwise(Reply.status(500, "{\"error\": {\"message\": \"CUDA out of memory\"}}"));

        JsonNode digest = summarize(ServiceClient.nordhafen(), ServiceClient.object());

        assertEquals("extractive", digest.get("summary").get("engine").asText());
        assertTrue(warnings(digest).stream().anyMatch(w -> w.contains("HTTP 500")), warnings(digest).toString());
    }

    @Test
    void aRateLimitIsRespectedForAsLongAsTheServerAsked() throws InterruptedException {
        stub.then(Reply.status(429, "{\"error\": \"slow down\"}", "Retry-After", "1"))
                .otherwise(Reply.recorded("nordhafen-faithful.en.json"));

        JsonNode limited = summarize(ServiceClient.nordhafen(), ServiceClient.object());
        JsonNode waiting = summarize(ServiceClient.nordhafen(), ServiceClient.object());

        assertTrue(warnings(limited).stream().anyMatch(w -> w.contains("HTTP 429") && w.contains("retry after 1 s")),
                warnings(limited).toString());
        assertTrue(warnings(waiting).stream().anyMatch(w -> w.contains("asked to be left alone")),
                warnings(waiting).toString());
        assertEquals(1, stub.chatRequests().size(), "the second request did not call the server");
        Thread.sleep(1_100);
        assertEquals("llm", summarize(ServiceClient.nordhafen(), ServiceClient.object()).get("summary")
                .get("engine").asText(), "asked again once the wait is over");
    }

    @Test
    void engineLocalNeverSendsTheArticle() {
        stub.otherwise(Reply.recorded("nordhafen-faithful.en.json"));

        JsonNode digest = summarize(ServiceClient.nordhafen(), ServiceClient.object().put("engine", "local"));

        assertEquals("extractive", digest.get("summary").get("engine").asText());
        assertTrue(stub.chatRequests().isEmpty());
    }

    @Test
    void translatesThroughTheChatModelAndGuardsItsFigures() {
        stub.then(Reply.answer("{\"translations\": [{\"id\": 0, \"text\": \"The city has 450000 inhabitants.\"},"
                + " {\"id\": 1, \"text\": \"About 1,200 new jobs are to be created.\"}]}"));

        JsonNode result = client.post("/v1/translate", ServiceClient.object().put("text",
                "Die Stadt hat 4500 Einwohner. In der Region sollen etwa 1.200 neue Arbeitsplätze entstehen.")
                .put("source", "de").put("target", "en"), 200);

        assertEquals("llm", result.get("method").asText());
        assertEquals(1, result.get("guardReplaced").asInt());
        assertEquals("Die Stadt hat 4500 Einwohner. About 1,200 new jobs are to be created.",
                result.get("text").asText());
        assertTrue(result.get("warnings").toString().contains("'450000'"), result.toString());
    }

    @Test
    void aBatchLineIsGuardedLikeASingleRequest() {
        stub.then(Reply.recorded("nordhafen-changed.en.json"));
        String line = ServiceClient.object().put("id", "n1").put("text", ServiceClient.nordhafen())
                .put("targetLanguage", "en").toString();

        String answer = service.client().post("/v1/batch").header(HeaderNames.CONTENT_TYPE, "application/x-ndjson")
                .submit(line + "\n").entity().as(String.class);

        JsonNode digest = ServiceClient.read(answer.strip());
        assertEquals("n1", digest.get("id").asText());
        assertEquals(1, digest.get("summary").get("guardReplaced").asInt(), answer);
        assertFalse(digest.get("summary").toString().contains("50 billion"));
    }

    @Test
    void listsTheChatModelWithItsHealthButNeverItsKey() throws InterruptedException {
        JsonNode chat = null;
        for (int i = 0; i < 50 && (chat == null || !chat.has("reachable")); i++) {
            chat = client.get("/v1/models").get("chat");
            Thread.sleep(100);
        }

        assertEquals("openai", chat.get("provider").asText());
        assertEquals(MODEL, chat.get("model").asText());
        assertEquals("127.0.0.1:" + stub.baseUrl(ChatProvider.OPENAI).getPort(), chat.get("host").asText());
        assertTrue(chat.get("reachable").asBoolean(), chat.toString());
        assertFalse(client.getText("/v1/models").contains("newsroom-secret"));
    }

    @Test
    void metricsCountReplacedSentencesAndChatCalls() {
        stub.then(Reply.recorded("nordhafen-changed.en.json"));
        summarize(ServiceClient.nordhafen(), ServiceClient.object());

        String metrics = service.client().get("/observe/metrics").accept(MediaTypes.TEXT_PLAIN).request()
                .entity().as(String.class);

        assertTrue(metrics.contains("newsdigest_guard_replaced_sentences"), "guard counter");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("newsdigest_chat_calls") && l.contains("outcome=\"ok\"")),
                "chat call counter");
    }

    private static List<String> warnings(JsonNode digest) {
        List<String> warnings = new ArrayList<>();
        digest.get("warnings").forEach(w -> warnings.add(w.asText()));
        return warnings;
    }

    /** The values of every figure the service reads in a text. */
    private static List<Double> values(String text, String language) {
        JsonNode figures = client.post("/v1/figures", ServiceClient.object().put("text", text)
                .put("language", language), 200).get("figures");
        List<Double> values = new ArrayList<>();
        for (JsonNode figure : figures) {
            values.add(figure.get("value").asDouble());
            if (figure.has("valueTo")) {
                values.add(figure.get("valueTo").asDouble());
            }
            if (figure.has("equivalent")) {
                values.add(figure.get("equivalent").get("value").asDouble());
            }
        }
        return values;
    }
}
