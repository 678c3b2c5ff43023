package io.newsdigest.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.webclient.api.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real server with the real default pipeline, as a new user starts it: no models installed. */
class ServiceSmokeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ARTICLE = """
            Stadtwerke eröffnen Solarpark am Stadtrand

            Die Stadtwerke haben am Freitag den größten Solarpark der Region eröffnet. Auf 40 Hektar stehen \
            rund 90.000 Module, die zusammen mehr als 52 MW liefern. Die Baukosten lagen bei 38 Mio. Euro.
            Nach Schätzung des Betreibers versorgt die Anlage etwa 15.000 Haushalte. Der Bau hatte im März 2024 \
            begonnen und dauerte damit knapp ein Jahr. Bürgermeisterin Anna Berg sprach von einem wichtigen Schritt.

            Quelle: dpa
            """;

    private static RunningService service;
    private static WebClient client;

    @BeforeAll
    static void start() throws Exception {
        service = RunningService.start(Files.createTempDirectory("newsdigest-models"));
        client = service.client();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static JsonNode post(String path, Map<String, Object> body) throws Exception {
        var response = client.post(path).contentType(MediaTypes.APPLICATION_JSON).submit(MAPPER.writeValueAsString(body));
        String text = response.entity().as(String.class);
        assertEquals(200, response.status().code(), text);
        return MAPPER.readTree(text);
    }

    @Test
    void summarizesAGermanArticleWithFiguresAndAnHonestTranslationWarning() throws Exception {
        JsonNode digest = post("/v1/summarize", Map.of("text", ARTICLE, "targetLanguage", "en", "includeText", true));

        assertEquals("de", digest.get("language").get("code").asText());
        assertEquals("dpa", digest.get("source").asText());
        assertEquals("Stadtwerke eröffnen Solarpark am Stadtrand", digest.get("title").asText());
        assertFalse(digest.get("summary").get("translated").asBoolean());
        assertTrue(digest.get("warnings").get(0).asText().contains("models pull opus-mt-de-en"));
        String text = digest.get("text").asText();
        for (JsonNode sentence : digest.get("summary").get("sentences")) {
            assertEquals(sentence.get("text").asText(),
                    text.substring(sentence.get("start").asInt(), sentence.get("end").asInt()));
        }
        boolean money = false;
        for (JsonNode figure : digest.get("keyFigures")) {
            String span = text.substring(figure.get("start").asInt(), figure.get("end").asInt());
            assertEquals(figure.get("text").asText(), span, "every figure is traceable to its span");
            if ("money".equals(figure.get("kind").asText())) {
                money = true;
                assertEquals(38_000_000, figure.get("value").asDouble());
                assertEquals("EUR", figure.get("currency").asText());
            }
        }
        assertTrue(money, "the building cost is a key figure");
    }

    @Test
    void detectsGermanAndTellsDutchApart() throws Exception {
        assertEquals("de", post("/v1/detect", Map.of("text", "Die Regierung hat am Dienstag neue Zahlen vorgelegt."))
                .get("language").asText());
        assertEquals("nl", post("/v1/detect", Map.of("text", "Het kabinet heeft dinsdag nieuwe cijfers gepresenteerd."))
                .get("language").asText());
    }

    @Test
    void saysWhichDetectorDecided() throws Exception {
        JsonNode article = post("/v1/detect", Map.of("text", "Die Landesregierung hat am Mittwoch den Bau einer neuen"
                + " Rheinbrücke beschlossen. Die Kosten werden auf etwa 480 Millionen Euro geschätzt."));
        assertEquals("de", article.get("language").asText());
        assertEquals("fasttext-lid-176", article.get("detector").asText());
        JsonNode word = post("/v1/detect", Map.of("text", "Rheinbrücke"));
        assertEquals("lingua", word.get("detector").asText());
        JsonNode digest = post("/v1/summarize", Map.of("text", "Die Landesregierung hat am Mittwoch den Bau einer neuen"
                + " Rheinbrücke beschlossen. Die Kosten werden auf etwa 480 Millionen Euro geschätzt."));
        assertEquals("fasttext-lid-176", digest.get("language").get("detector").asText());
        JsonNode given = post("/v1/summarize", Map.of("text", "Die Kosten lagen bei 480 Millionen Euro.", "language", "de"));
        assertEquals("given", given.get("language").get("detector").asText());
    }

    @Test
    void readinessIsUpOnceLoaded() {
        assertEquals(200, client.get("/observe/health/ready").request().status().code());
    }
}
