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
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Models installed, tampered with and removed while the service runs, the way an operator does it (copying a
 * folder into the models directory), picked up by {@code POST /v1/models/reload} and by the directory watch.
 * The tiny Marian model shows the figure guard on {@code /v1/translate} too.
 */
class ModelsWhileRunningTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "tiny-marian-de-en";
    private static final String TRANSLATE = "{\"text\":\"der Bürgermeister öffnet 42 Brücken.\",\"source\":\"de\","
            + "\"target\":\"en\"}";

    private static Path models;
    private static Path tiny;
    private static RunningService service;
    private static WebClient client;

    @BeforeAll
    static void start() throws IOException {
        tiny = projectRoot().resolve("models/tiny").resolve(ID);
        assumeTrue(Files.isDirectory(tiny), "the tiny models are not in this checkout");
        models = Files.createTempDirectory("newsdigest-models");
        service = RunningService.start(models, Map.of("newsdigest.models.rescan-seconds", "1"));
        client = service.client();
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    private static HttpClientResponse post(String path, String json) {
        return client.post(path).contentType(MediaTypes.APPLICATION_JSON).submit(json);
    }

    private static JsonNode read(HttpClientResponse response) throws IOException {
        return JSON.readTree(response.entity().as(String.class));
    }

    @Test
    void aFolderCopiedInIsUsedByTheNextRequestAfterAReloadAndGuardsItsFigures() throws Exception {
        remove();
        assertEquals(503, post("/v1/translate", TRANSLATE).status().code());

        copy();
        // A body-less POST, as `curl -X POST …/v1/models/reload` sends it: no Content-Type needed.
        JsonNode reload = read(client.post("/v1/models/reload").request());

        assertTrue(reload.get("added").toString().contains(ID), reload.toString());
        JsonNode translated = read(post("/v1/translate", TRANSLATE));
        assertEquals("the mayor opens 42 bridges.", translated.get("text").asText());
        assertEquals(ID, translated.get("model").asText());
        assertEquals("onnx", translated.get("method").asText());
        JsonNode listed = JSON.readTree(client.get("/v1/models").request().entity().as(String.class)).get("models");
        assertTrue(listed.get(0).get("loaded").asBoolean(), listed.toString());

        // The toy model mangles a figure out of its vocabulary's context: the guard puts the source figure back.
        JsonNode mangled = read(post("/v1/translate", "{\"text\":\"Die Stadt hat 4500 Einwohner.\","
                + "\"source\":\"de\",\"target\":\"en\"}"));
        assertFalse(mangled.get("text").asText().contains("45000"), mangled.toString());
        assertTrue(mangled.get("text").asText().contains("4,500"), mangled.toString());
        assertTrue(mangled.get("warnings").toString().contains("'45000' did not match the source '4500'"),
                mangled.toString());
    }

    @Test
    void theDirectoryWatchPicksUpACopyATamperAndARemovalByItself() throws Exception {
        remove();
        read(client.post("/v1/models/reload").request());

        copy();
        assertEquals(200, awaitStatus(200), "a copied folder is used without a reload call");

        Files.writeString(models.resolve(ID).resolve("tokenizer_config.json"), " ", StandardOpenOption.APPEND);
        assertEquals(503, awaitStatus(503), "a tampered folder stops being used");
        JsonNode listed = JSON.readTree(client.get("/v1/models").request().entity().as(String.class)).get("models");
        assertFalse(listed.get(0).get("verified").asBoolean());
        assertFalse(listed.get(0).get("loaded").asBoolean());

        remove();
        copy();
        assertEquals(200, awaitStatus(200), "a fresh copy is used again");
        remove();
        assertEquals(503, awaitStatus(503), "a removed folder stops being used");
    }

    /** Asks until {@code /v1/translate} answers {@code status}, for at most 15 seconds. */
    private static int awaitStatus(int status) throws InterruptedException {
        int last = 0;
        for (int i = 0; i < 150 && last != status; i++) {
            last = post("/v1/translate", TRANSLATE).status().code();
            if (last != status) {
                Thread.sleep(100);
            }
        }
        return last;
    }

    private static synchronized void copy() throws IOException {
        Path to = models.resolve(ID);
        try (Stream<Path> files = Files.walk(tiny)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(tiny.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static synchronized void remove() throws IOException {
        Path folder = models.resolve(ID);
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
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
