package io.newsdigest.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.client.ApiResponse;
import io.newsdigest.client.api.SummarizeApi;
import io.newsdigest.client.api.SummarizeApiImpl;
import io.newsdigest.client.model.SummarizeRequest;
import io.newsdigest.client.model.SummarizeResponse;
import io.newsdigest.client.model.SummaryMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummarizeEndpointTest {

    private static final String GERMAN = "Der Rat hat 12 Projekte und die Stadt 40 Häuser geplant. Die Kosten liegen bei 9 Mio. "
            + "Ein Sprecher nannte keine weiteren Zahlen.";

    private static TestServer server;
    private static SummarizeApi api;

    @BeforeAll
    static void start() {
        server = TestServer.withFakePipeline();
        api = SummarizeApiImpl.create(server.apiClient());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void returnsTheDigestWithLanguageSummaryAndFigures() {
        SummarizeRequest request = new SummarizeRequest();
        request.setText(GERMAN);
        request.setMaxSentences(2);
        ApiResponse<SummarizeResponse> response = api.summarize(request);

        assertEquals(200, response.webClientResponse().status().code());
        SummarizeResponse digest = response.result();
        assertEquals("de", digest.getLanguage().getCode());
        assertEquals(2, digest.getSummary().getSentences().size());
        assertEquals("extractive", digest.getSummary().getMethod().toString());
        assertFalse(digest.getSummary().getTranslated());
        var first = digest.getSummary().getSentences().get(0);
        assertEquals(GERMAN.substring(first.getStart(), first.getEnd()), first.getText(), "offsets point into the text");
        assertEquals(3, digest.getKeyFigures().size());
        assertEquals(12.0, digest.getKeyFigures().get(0).getValue(), "most salient first");
        assertTrue(digest.getTimingsMs().containsKey("total"));
    }

    @Test
    void translatesTheSummaryWhenTheTargetLanguageDiffers() {
        SummarizeRequest request = new SummarizeRequest();
        request.setText(GERMAN);
        request.setTargetLanguage("en");
        request.setMaxSentences(1);
        SummarizeResponse digest = api.summarize(request).result();

        assertTrue(digest.getSummary().getTranslated());
        assertEquals("en", digest.getSummary().getLanguage());
        var sentence = digest.getSummary().getSentences().get(0);
        assertEquals(sentence.getSourceText().toUpperCase(), sentence.getText());
        assertTrue(digest.getModels().contains("upper-de-en"));
        assertEquals("en:12", digest.getKeyFigures().get(0).getRendered(), "figures rendered in the target language");
    }

    @Test
    void echoesTheIdAndReturnsTheCleanTextWhenAsked() {
        SummarizeRequest request = new SummarizeRequest();
        request.setId("article-7");
        request.setText(GERMAN);
        request.setIncludeText(true);
        SummarizeResponse digest = api.summarize(request).result();

        assertEquals("article-7", digest.getId());
        assertEquals(GERMAN, digest.getText());
    }

    @Test
    void acceptsHtmlInsteadOfText() {
        SummarizeRequest request = new SummarizeRequest();
        request.setHtml("<p>Die Firma und der Rat bauen 5 Brücken.</p>");
        SummarizeResponse digest = api.summarize(request).result();

        assertEquals("Die Firma und der Rat bauen 5 Brücken.", digest.getSummary().getText());
    }

    @Test
    void refusesAbstractiveModeWithoutAModelNamingTheField() {
        SummarizeRequest request = new SummarizeRequest();
        request.setText(GERMAN);
        request.setMode(SummaryMode.ABSTRACTIVE);
        JsonNode problem = Problems.expect(api.summarize(request).webClientResponse(), 422);

        assertEquals("mode", problem.get("field").asText());
        assertTrue(problem.get("detail").asText().contains("models pull"));
    }

    @Test
    void refusesAnUnsupportedTargetLanguage() {
        SummarizeRequest request = new SummarizeRequest();
        request.setText(GERMAN);
        request.setTargetLanguage("fr");
        JsonNode problem = Problems.expect(api.summarize(request).webClientResponse(), 422);

        assertEquals("targetLanguage", problem.get("field").asText());
    }

    @Test
    void refusesAMissingText() {
        JsonNode problem = Problems.expect(api.summarize(new SummarizeRequest()).webClientResponse(), 422);

        assertEquals("text", problem.get("field").asText());
        assertEquals("text", problem.get("errors").get(0).get("field").asText());
    }

    @Test
    void refusesMaxSentencesOutOfRange() {
        SummarizeRequest request = new SummarizeRequest();
        request.setText(GERMAN);
        request.setMaxSentences(0);
        JsonNode problem = Problems.expect(api.summarize(request).webClientResponse(), 422);

        assertEquals("maxSentences", problem.get("field").asText());
    }
}
