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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad input gets its own status as problem+json, never a 500. */
class ProblemStatusTest {

    private static final int BODY_LIMIT = 2048;
    private static TestServer server;
    private static WebClient client;

    @BeforeAll
    static void start() {
        server = new TestServer(ServiceConfig.defaults().withLimits(BODY_LIMIT, 8, 3),
                PipelineHolder.ready(FakePipeline.create(false)));
        client = server.webClient();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpClientResponse postJson(String path, String body) {
        return client.post(path).contentType(MediaTypes.APPLICATION_JSON).submit(body);
    }

    @Test
    void malformedJsonIs400() {
        JsonNode problem = Problems.expect(postJson("/v1/summarize", "{\"text\": \"unterminated"), 400);
        assertTrue(problem.get("detail").asText().startsWith("The request body is not valid JSON"));
    }

    @Test
    void aJsonArrayInsteadOfAnObjectIs400() {
        Problems.expect(postJson("/v1/detect", "[1, 2]"), 400);
    }

    @Test
    void anEmptyBodyIs422() {
        JsonNode problem = Problems.expect(postJson("/v1/detect", ""), 422);
        assertEquals("body", problem.get("field").asText());
    }

    @Test
    void leadingWhitespaceBeforeTheJsonIsNotAnEmptyBody() {
        assertEquals(200, postJson("/v1/detect", " ".repeat(100) + "{\"text\":\"Die Stadt und der Rat tagen.\"}")
                .status().code());
    }

    @Test
    void anUnknownEnumValueIs422NamingTheFieldAndTheAllowedValues() {
        JsonNode problem = Problems.expect(postJson("/v1/summarize", "{\"text\":\"Der Rat tagt.\",\"mode\":\"poetic\"}"), 422);
        assertEquals("mode", problem.get("field").asText());
        assertTrue(problem.get("detail").asText().contains("auto"), problem.toString());
    }

    @Test
    void aWrongTypeIs422NamingTheField() {
        JsonNode problem = Problems.expect(postJson("/v1/summarize", "{\"text\":\"Der Rat tagt.\",\"maxSentences\":\"three\"}"), 422);
        assertEquals("maxSentences", problem.get("field").asText());
    }

    @Test
    void aNumberForTheTextIs422NamingTheField() {
        JsonNode problem = Problems.expect(postJson("/v1/summarize", "{\"text\":42}"), 422);
        assertEquals("text", problem.get("field").asText());
    }

    @Test
    void aBlankTextIs422() {
        JsonNode problem = Problems.expect(postJson("/v1/detect", "{\"text\":\"   \"}"), 422);
        assertEquals("text", problem.get("field").asText());
    }

    @Test
    void anInvalidLanguageCodeIs422() {
        JsonNode problem = Problems.expect(postJson("/v1/figures", "{\"text\":\"Die 3 Räte.\",\"language\":\"german!\"}"), 422);
        assertEquals("language", problem.get("field").asText());
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String big = "{\"text\":\"" + "a".repeat(BODY_LIMIT) + "\"}";
        JsonNode problem = Problems.expect(postJson("/v1/detect", big), 413);
        assertTrue(problem.get("detail").asText().contains(String.valueOf(BODY_LIMIT)));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() {
        byte[] big = ("{\"text\":\"" + "a".repeat(BODY_LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpClientResponse response = client.post("/v1/summarize").contentType(MediaTypes.APPLICATION_JSON)
                .outputStream(out -> {
                    new ByteArrayInputStream(big).transferTo(out);
                    out.close();
                });
        Problems.expect(response, 413);
    }

    @Test
    void plainTextIs415() {
        HttpClientResponse response = client.post("/v1/summarize").contentType(MediaTypes.TEXT_PLAIN).submit("Der Rat tagt.");
        JsonNode problem = Problems.expect(response, 415);
        assertTrue(problem.get("detail").asText().contains("application/json"));
    }

    @Test
    void plainTextToTheBatchEndpointIs415() {
        HttpClientResponse response = client.post("/v1/batch").contentType(MediaTypes.TEXT_PLAIN)
                .submit("{\"id\":\"1\",\"text\":\"x\"}");
        JsonNode problem = Problems.expect(response, 415);
        assertTrue(problem.get("detail").asText().contains("application/x-ndjson"));
    }

    @Test
    void anUnknownPathIs404() {
        JsonNode problem = Problems.expect(client.get("/v2/nothing").request(), 404);
        assertTrue(problem.get("detail").asText().contains("/v1"));
    }

    @Test
    void translatingWithoutAModelIs503NamingTheModelToPull() {
        JsonNode problem = Problems.expect(postJson("/v1/translate", "{\"text\":\"Der Rat tagt heute.\",\"source\":\"de\",\"target\":\"en\"}"), 503);
        assertTrue(problem.get("detail").asText().contains("models pull opus-mt-de-en"), problem.toString());
    }

    @Test
    void aBatchOverTheLineLimitIs413BeforeAnyWork() {
        String lines = "{\"id\":\"1\",\"text\":\"a\"}\n".repeat(4);
        HttpClientResponse response = client.post("/v1/batch")
                .header(HeaderNames.CONTENT_TYPE, "application/x-ndjson").submit(lines);
        JsonNode problem = Problems.expect(response, 413);
        assertTrue(problem.get("detail").asText().contains("limit is 3"));
    }

    @Test
    void anUnknownFieldNestedPastTheDepthLimitIs400() {
        String deep = "{\"text\":\"Der Rat tagt.\",\"extra\":" + "[".repeat(500) + "]".repeat(500) + "}";
        for (String path : java.util.List.of("/v1/summarize", "/v1/detect", "/v1/figures", "/v1/translate")) {
            JsonNode problem = Problems.expect(postJson(path, deep), 400);
            assertTrue(problem.get("detail").asText().contains("nested too deeply"), problem.toString());
        }
    }

    @Test
    void aNumberOfThousandsOfDigitsIs400() {
        JsonNode problem = Problems.expect(postJson("/v1/summarize", "{\"text\":\"Der Rat tagt.\",\"x\":"
                + "7".repeat(1200) + "}"), 400);
        assertTrue(problem.get("detail").asText().contains("number"), problem.toString());
    }

    @Test
    void aNumberOutOfItsFieldsRangeIs422NamingIt() {
        JsonNode problem = Problems.expect(postJson("/v1/summarize",
                "{\"text\":\"Der Rat tagt.\",\"maxSentences\":99999999999}"), 422);
        assertEquals("maxSentences", problem.get("field").asText());
    }

    @Test
    void aFractionForAWholeNumberIs422NotQuietlyCut() {
        JsonNode problem = Problems.expect(postJson("/v1/summarize",
                "{\"text\":\"Der Rat tagt.\",\"maxSentences\":2.5}"), 422);
        assertEquals("maxSentences", problem.get("field").asText());
    }

    @Test
    void halfASurrogatePairIs422NamingTheField() {
        JsonNode problem = Problems.expect(postJson("/v1/detect", "{\"text\":\"Der Rat \\ud800 tagt.\"}"), 422);
        assertEquals("text", problem.get("field").asText());
        assertTrue(problem.get("detail").asText().contains("surrogate"), problem.toString());
        JsonNode title = Problems.expect(postJson("/v1/summarize",
                "{\"text\":\"Der Rat tagt.\",\"title\":\"\\udc00\\ud800\"}"), 422);
        assertEquals("title", title.get("field").asText());
    }

    @Test
    void aWholeSurrogatePairIsText() {
        HttpClientResponse response = postJson("/v1/detect", "{\"text\":\"Der Rat und die Stadt \\ud83d\\ude00 tagen.\"}");
        assertEquals(200, response.status().code(), response.entity().as(String.class));
    }

    @Test
    void textAfterTheJsonDocumentIs400() {
        Problems.expect(postJson("/v1/detect", "{\"text\":\"Der Rat tagt.\"} {\"text\":\"noch einer\"}"), 400);
    }

    @Test
    void aBatchLineWithHalfASurrogatePairOrTooDeepIsAnErrorObjectNamingIt() throws Exception {
        String lines = "{\"id\":\"1\",\"text\":\"Der Rat \\udbff tagt.\"}\n"
                + "{\"id\":\"2\",\"text\":\"Der Rat tagt.\",\"x\":" + "[".repeat(500) + "]".repeat(500) + "}\n";
        HttpClientResponse response = client.post("/v1/batch")
                .header(HeaderNames.CONTENT_TYPE, "application/x-ndjson").submit(lines);
        String[] out = response.entity().as(String.class).split("\n");
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        JsonNode first = mapper.readTree(out[0]);
        assertEquals(422, first.path("error").path("status").asInt(), out[0]);
        assertEquals("text", first.path("error").path("field").asText(), out[0]);
        JsonNode second = mapper.readTree(out[1]);
        assertEquals(400, second.path("error").path("status").asInt(), out[1]);
        assertEquals(2, second.path("line").asInt());
    }
}
