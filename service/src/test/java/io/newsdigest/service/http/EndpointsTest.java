package io.newsdigest.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientResponse;
import io.newsdigest.client.api.BatchApiImpl;
import io.newsdigest.client.api.DetectApiImpl;
import io.newsdigest.client.api.FiguresApiImpl;
import io.newsdigest.client.api.ModelsApiImpl;
import io.newsdigest.client.api.TranslateApiImpl;
import io.newsdigest.client.model.DetectRequest;
import io.newsdigest.client.model.DetectResponse;
import io.newsdigest.client.model.FigureType;
import io.newsdigest.client.model.FiguresRequest;
import io.newsdigest.client.model.FiguresResponse;
import io.newsdigest.client.model.ModelsResponse;
import io.newsdigest.client.model.TranslateRequest;
import io.newsdigest.client.model.TranslateResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each endpoint through the generated client, against the real routing and a predictable pipeline. */
class EndpointsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.withFakePipeline();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void detectReturnsTheLanguageWithCandidates() {
        DetectRequest request = new DetectRequest();
        request.setText("Der Rat und die Stadt tagen am Montag.");
        DetectResponse response = DetectApiImpl.create(server.apiClient()).detect(request).result();

        assertEquals("de", response.getLanguage());
        assertEquals(0.97, response.getConfidence(), 1e-9);
        assertEquals("nl", response.getCandidates().get(1).getLanguage());
    }

    @Test
    void detectAnswersUndeterminedForTooLittleText() {
        DetectRequest request = new DetectRequest();
        request.setText("Ja");
        assertEquals("und", DetectApiImpl.create(server.apiClient()).detect(request).result().getLanguage());
    }

    @Test
    void figuresReturnsEveryFigureInOrderWithSpans() {
        FiguresRequest request = new FiguresRequest();
        String text = "The council approved 12 projects. It spent 300 on each.";
        request.setText(text);
        request.setLanguage("en");
        FiguresResponse response = FiguresApiImpl.create(server.apiClient()).figures(request).result();

        assertEquals("en", response.getLanguage());
        assertEquals(List.of("12", "300"), response.getFigures().stream().map(f -> f.getText()).toList());
        var second = response.getFigures().get(1);
        assertEquals("300", text.substring(second.getStart(), second.getEnd()));
        assertEquals(1, second.getSentenceIndex());
        assertEquals(FigureType.COUNT, second.getType(), "every figure names its type");
    }

    @Test
    void translateKeepsParagraphsAndNamesTheModel() {
        TranslateRequest request = new TranslateRequest();
        request.setText("Der Rat tagt. Die Stadt zahlt.\n\nDer Bau beginnt.");
        request.setTarget("en");
        TranslateResponse response = TranslateApiImpl.create(server.apiClient()).translate(request).result();

        assertEquals("de", response.getSource());
        assertEquals("upper-de-en", response.getModel());
        assertEquals("DER RAT TAGT. DIE STADT ZAHLT.\n\nDER BAU BEGINNT.", response.getText());
    }

    @Test
    void modelsListsWhatIsInstalled() {
        ModelsResponse response = ModelsApiImpl.create(server.apiClient()).listModels().result();
        assertEquals("tiny-test-model", response.getModels().get(0).getId());
        assertTrue(response.getModels().get(0).getVerified());
    }

    @Test
    void batchAnswersOneLinePerInputInOrderWithErrorsInPlace() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            body.append("{\"id\":\"a").append(i).append("\",\"text\":\"Die Stadt und der Rat bauen ").append(i)
                    .append(" Brücken.\"}\n");
        }
        body.append("{\"id\":\"empty\",\"text\":\"\"}\n");
        body.append("not json at all\n");
        body.append("{\"text\":\"Die Stadt und der Rat ohne id.\"}\n");
        HttpClientResponse response = server.webClient().post("/v1/batch")
                .header(HeaderNames.CONTENT_TYPE, "application/x-ndjson").submit(body.toString());

        assertEquals(200, response.status().code());
        assertEquals("application/x-ndjson", response.headers().first(HeaderNames.CONTENT_TYPE).orElse(""));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.entity().as(String.class).split("\n")) {
            lines.add(MAPPER.readTree(line));
        }
        assertEquals(23, lines.size());
        for (int i = 0; i < 20; i++) {
            assertEquals("a" + i, lines.get(i).get("id").asText(), "input order kept");
            assertEquals((double) i, lines.get(i).get("keyFigures").get(0).get("value").asDouble());
        }
        assertEquals(422, lines.get(20).get("error").get("status").asInt());
        assertEquals("empty", lines.get(20).get("id").asText());
        assertEquals(400, lines.get(21).get("error").get("status").asInt());
        assertEquals(22, lines.get(21).get("line").asInt());
        assertEquals("id", lines.get(22).get("error").get("field").asText());
    }

    @Test
    void batchThroughTheGeneratedClient() {
        String ndjson = "{\"id\":\"x1\",\"text\":\"Die Stadt und der Rat bauen 4 Brücken.\"}\n";
        var response = BatchApiImpl.create(server.apiClient()).batch(ndjson);
        assertEquals(200, response.webClientResponse().status().code());
        assertTrue(response.webClientResponse().entity().as(String.class).contains("\"id\":\"x1\""));
    }

    @Test
    void theSpecIsServed() {
        HttpClientResponse response = server.webClient().get("/openapi").request();
        assertEquals(200, response.status().code());
        assertTrue(response.entity().as(String.class).contains("/v1/summarize"));
    }

    @Test
    void metricsAreServedInPrometheusFormat() {
        HttpClientResponse response = server.webClient().get("/observe/metrics")
                .header(HeaderNames.ACCEPT, "text/plain").request();
        assertEquals(200, response.status().code());
        assertFalse(response.entity().as(String.class).isBlank());
    }
}
