package io.newsdigest.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The service with the committed tiny models installed the way a user installs a model: by copying its folder
 * into the models directory. The BART toy is installed twice: once intact, once with a tampered file.
 */
class InstalledModelsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path TINY = projectRoot().resolve("models/tiny");

    private static RunningService service;
    private static WebClient client;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isDirectory(TINY.resolve("tiny-marian-de-en")), "the tiny models are not in this checkout");
        Path models = Files.createTempDirectory("newsdigest-models");
        copy(TINY.resolve("tiny-marian-de-en"), models.resolve("tiny-marian-de-en"));
        copy(TINY.resolve("tiny-bart-summarizer"), models.resolve("tiny-bart-summarizer"));
        Path tampered = models.resolve("tiny-marian-de-en").resolve("tokenizer_config.json");
        Path copyOfMarian = models.resolve("tampered-marian-de-en");
        copy(models.resolve("tiny-marian-de-en"), copyOfMarian);
        String manifest = Files.readString(copyOfMarian.resolve("newsdigest.json"))
                .replace("\"tiny-marian-de-en\"", "\"tampered-marian-de-en\"");
        Files.writeString(copyOfMarian.resolve("newsdigest.json"), manifest);
        Files.writeString(copyOfMarian.resolve("tokenizer_config.json"), " ", StandardOpenOption.APPEND);
        assertTrue(Files.exists(tampered));

        service = RunningService.start(models);
        client = service.client();
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    private static JsonNode post(String path, String json, int status) throws IOException {
        HttpClientResponse response = client.post(path).contentType(MediaTypes.APPLICATION_JSON).submit(json);
        String body = response.entity().as(String.class);
        assertEquals(status, response.status().code(), body);
        return MAPPER.readTree(body);
    }

    @Test
    void translatesWithTheInstalledMarianModel() throws IOException {
        JsonNode result = post("/v1/translate",
                "{\"text\":\"der Bürgermeister öffnet 42 Brücken.\",\"source\":\"de\",\"target\":\"en\"}", 200);
        assertEquals("the mayor opens 42 bridges.", result.get("text").asText());
        assertEquals("tiny-marian-de-en", result.get("model").asText());
    }

    @Test
    void summarizesAbstractivelyWithTheInstalledBartModel() throws IOException {
        JsonNode digest = post("/v1/summarize", "{\"text\":\"scientists announced a study with 120 children. "
                + "police warned residents in Köln, after the storm.\",\"mode\":\"abstractive\",\"maxSentences\":1}", 200);
        assertEquals("abstractive", digest.get("summary").get("method").asText());
        assertEquals("scientists announced study 120 children", digest.get("summary").get("text").asText());
        assertTrue(digest.get("models").toString().contains("tiny-bart-summarizer"));
    }

    @Test
    void listsEveryModelAndRefusesTheTamperedOneNamingIt() throws IOException {
        JsonNode models = MAPPER.readTree(client.get("/v1/models").request().entity().as(String.class)).get("models");
        assertEquals(4, models.size());
        JsonNode bundled = models.get(3);
        assertEquals("fasttext-lid-176", bundled.get("id").asText());
        assertTrue(bundled.get("bundled").asBoolean());
        assertEquals("language-id", bundled.get("task").asText());
        assertEquals("CC-BY-SA-3.0", bundled.get("licence").asText());
        assertTrue(bundled.get("attribution").asText().contains("Facebook AI Research"), bundled.toString());
        for (JsonNode model : models) {
            boolean tampered = model.get("id").asText().startsWith("tampered");
            assertEquals(!tampered, model.get("verified").asBoolean(), model.toString());
            if (tampered) {
                assertTrue(model.get("problem").asText().contains("tokenizer_config.json"), model.toString());
            }
        }
    }

    @Test
    void aTargetLanguageWithoutAModelStillAnswersWithAWarning() throws IOException {
        JsonNode digest = post("/v1/summarize", "{\"text\":\"The council approved 12 new bridges on Monday.\","
                + "\"targetLanguage\":\"de\"}", 200);
        assertFalse(digest.get("summary").get("translated").asBoolean());
        // The toy summarizer's sentence may be replaced by the guard first; a warning still names the model to pull.
        assertTrue(digest.get("warnings").toString().contains("opus-mt-en-de"), digest.get("warnings").toString());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static Path projectRoot() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.isDirectory(folder.resolve("models/tiny"))) {
            folder = folder.getParent();
        }
        return folder == null ? Path.of("") : folder;
    }
}
