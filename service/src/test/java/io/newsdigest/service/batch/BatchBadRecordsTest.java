package io.newsdigest.service.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchBadRecordsTest {

    @TempDir
    Path dir;

    private List<JsonNode> runLines(byte[]... lines) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            bytes.write(line);
            bytes.write('\n');
        }
        Path in = Files.write(dir.resolve("in.jsonl"), bytes.toByteArray());
        Path out = dir.resolve("out.jsonl");
        assertEquals(1, BatchFixtures.command("--in", in.toString(), "--out", out.toString()),
                "exit code when records failed");
        return BatchFixtures.lines(out);
    }

    private static byte[] good(String id) {
        return BatchFixtures.JSON.write(Map.of("id", id, "text", BatchFixtures.article(1)))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anEmptyTextIsAnErrorObjectAndTheRunGoesOn() throws Exception {
        List<JsonNode> out = runLines(BatchFixtures.JSON.write(Map.of("id", "empty", "text", " "))
                .getBytes(StandardCharsets.UTF_8), good("after"));

        assertEquals("empty", out.get(0).path("id").asText());
        assertEquals(422, out.get(0).path("error").path("status").asInt());
        assertEquals("after", out.get(1).path("id").asText());
        assertTrue(out.get(1).has("summary"));
    }

    @Test
    void undecodableBytesAreAnErrorObjectNamingTheLine() throws Exception {
        byte[] latin1 = "{\"id\":\"x\",\"text\":\"Gr\u00fc\u00dfe aus der Stadt und dem Land\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        List<JsonNode> out = runLines(good("before"), latin1, good("after"));

        assertEquals(400, out.get(1).path("error").path("status").asInt());
        assertEquals(2, out.get(1).path("line").asInt());
        assertTrue(out.get(1).path("error").path("detail").asText().contains("UTF-8"));
        assertEquals(3, out.size());
    }

    @Test
    void aRecordOverTheSizeLimitIsAnErrorObjectWithoutBeingKept() throws Exception {
        byte[] huge = BatchFixtures.JSON.write(Map.of("id", "huge", "text", "Wort ".repeat(300_000)))
                .getBytes(StandardCharsets.UTF_8);
        List<JsonNode> out = runLines(huge, good("after"));

        assertEquals(413, out.get(0).path("error").path("status").asInt());
        assertEquals("after", out.get(1).path("id").asText());
    }

    @Test
    void malformedJsonAndAMissingIdAreErrorObjects() throws Exception {
        List<JsonNode> out = runLines("{\"id\": \"broken\", ".getBytes(StandardCharsets.UTF_8),
                "{\"text\":\"Die Stadt baut und plant.\"}".getBytes(StandardCharsets.UTF_8), good("ok"));

        assertEquals(400, out.get(0).path("error").path("status").asInt());
        assertEquals(422, out.get(1).path("error").path("status").asInt());
        assertEquals("id", out.get(1).path("error").path("field").asText());
        assertTrue(out.get(2).has("summary"));
    }

    @Test
    void anEmptyFileInAnArchiveIsAnErrorObjectWithItsPath() throws Exception {
        Path in = BatchFixtures.zip(dir.resolve("a.zip"), Map.of("empty.txt", "", "full.txt", BatchFixtures.article(1)));
        Path out = dir.resolve("out.jsonl");

        assertEquals(1, BatchFixtures.command("--in", in.toString(), "--out", out.toString()));

        JsonNode empty = BatchFixtures.lines(out).stream().filter(n -> n.path("id").asText().equals("empty.txt"))
                .findFirst().orElseThrow();
        assertEquals(422, empty.path("error").path("status").asInt());
    }

    @Test
    void theErrorsFileHoldsOnlyTheErrorObjects() throws Exception {
        Path in = Files.write(dir.resolve("in.jsonl"), List.of(new String(good("a"), StandardCharsets.UTF_8),
                "{\"id\":\"bad\",\"text\":\"\"}", new String(good("b"), StandardCharsets.UTF_8)));
        Path out = dir.resolve("out.jsonl");
        Path errors = dir.resolve("errors.jsonl");

        BatchFixtures.command("--in", in.toString(), "--out", out.toString(), "--errors", errors.toString());

        assertEquals(3, BatchFixtures.lines(out).size());
        assertEquals(List.of("bad"), BatchFixtures.ids(errors));
    }

    @Test
    void aMissingInputStopsBeforeAnyWorkWithExitCodeTwo() {
        Path out = dir.resolve("out.jsonl");

        assertEquals(2, BatchFixtures.command("--in", dir.resolve("nothing.jsonl").toString(), "--out", out.toString()));

        assertTrue(Files.notExists(out));
    }

    @Test
    void anOptionOutOfRangeStopsWithExitCodeTwo() throws Exception {
        Path in = BatchFixtures.jsonl(dir.resolve("in.jsonl"), 1);

        assertEquals(2, BatchFixtures.command("--in", in.toString(), "--out", dir.resolve("o.jsonl").toString(),
                "--threads", "0"));
    }
}
