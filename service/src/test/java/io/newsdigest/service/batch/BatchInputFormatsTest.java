package io.newsdigest.service.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchInputFormatsTest {

    private static final List<String> FILE_IDS = List.of("2024/a.txt", "2024/b.html", "2025/c.md");

    @TempDir
    Path dir;

    @Test
    void digestsEveryLineOfAJsonlFileInInputOrder() throws Exception {
        Path in = BatchFixtures.jsonl(dir.resolve("in.jsonl"), 25);
        Path out = dir.resolve("out.jsonl");

        assertEquals(0, BatchFixtures.command("--in", in.toString(), "--out", out.toString(), "--threads", "3"));

        List<String> ids = BatchFixtures.ids(out);
        assertEquals(25, ids.size());
        for (int i = 0; i < 25; i++) {
            assertEquals("article-" + (i + 1), ids.get(i));
        }
    }

    @Test
    void takesANumericIdAsItsDigits() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"),
                BatchFixtures.JSON.write(Map.of("id", 17, "text", BatchFixtures.article(1))) + "\n");
        Path out = dir.resolve("out.jsonl");

        assertEquals(0, BatchFixtures.command("--in", in.toString(), "--out", out.toString()));

        assertEquals(List.of("17"), BatchFixtures.ids(out));
    }

    @Test
    void writesTheSameObjectAsTheSummarizeEndpoint() throws Exception {
        Path in = BatchFixtures.jsonl(dir.resolve("in.jsonl"), 2);
        Path out = dir.resolve("out.jsonl");

        BatchFixtures.command("--in", in.toString(), "--out", out.toString());

        JsonNode german = BatchFixtures.lines(out).get(1);
        assertEquals("de", german.path("language").path("code").asText());
        assertTrue(german.path("summary").path("text").asText().startsWith("Die Stadt eröffnet"));
        assertEquals(2, german.path("keyFigures").path(0).path("value").asInt());
    }

    @Test
    void digestsTheArticleFilesOfAFolderTreeByRelativePath() throws Exception {
        Path in = BatchFixtures.folder(dir.resolve("tree"), BatchFixtures.files());
        Path out = dir.resolve("out.jsonl");

        assertEquals(0, BatchFixtures.command("--in", in.toString(), "--out", out.toString()));

        assertEquals(FILE_IDS, BatchFixtures.ids(out));
    }

    @Test
    void readsHtmlFilesAsHtml() throws Exception {
        Path in = BatchFixtures.folder(dir.resolve("tree"), BatchFixtures.files());
        Path out = dir.resolve("out.jsonl");

        BatchFixtures.command("--in", in.toString(), "--out", out.toString());

        String summary = BatchFixtures.lines(out).get(1).path("summary").path("text").asText();
        assertFalse(summary.contains("<p>"), summary);
        assertTrue(summary.contains("Radwege"), summary);
    }

    @Test
    void digestsTheArticleFilesOfATarGzArchive() throws Exception {
        Path in = BatchFixtures.tarGz(dir.resolve("archive.tar.gz"), BatchFixtures.files());
        Path out = dir.resolve("out.jsonl");

        assertEquals(0, BatchFixtures.command("--in", in.toString(), "--out", out.toString()));

        assertEquals(FILE_IDS, BatchFixtures.ids(out));
    }

    @Test
    void digestsTheArticleFilesOfAZipArchive() throws Exception {
        Path in = BatchFixtures.zip(dir.resolve("archive.zip"), BatchFixtures.files());
        Path out = dir.resolve("out.jsonl");

        assertEquals(0, BatchFixtures.command("--in", in.toString(), "--out", out.toString()));

        assertEquals(FILE_IDS, BatchFixtures.ids(out));
    }

    @Test
    void appliesTheCommandDefaultsOnlyWhereARecordSetsNothing() throws Exception {
        Path in = dir.resolve("in.jsonl");
        java.nio.file.Files.write(in, List.of(
                BatchFixtures.JSON.write(java.util.Map.of("id", "a", "text", BatchFixtures.article(1))),
                BatchFixtures.JSON.write(java.util.Map.of("id", "b", "text", BatchFixtures.article(3),
                        "maxSentences", 3))));
        Path out = dir.resolve("out.jsonl");

        BatchFixtures.command("--in", in.toString(), "--out", out.toString(), "--max-sentences", "1");

        List<JsonNode> lines = BatchFixtures.lines(out);
        assertEquals(1, lines.get(0).path("summary").path("sentences").size());
        assertEquals(3, lines.get(1).path("summary").path("sentences").size());
    }
}
