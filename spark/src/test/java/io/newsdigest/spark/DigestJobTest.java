package io.newsdigest.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job in local[2] with the real pipeline, on a small archive of sentences written for this test. */
class DigestJobTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("newsdigest-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static List<String> requests() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String text = i % 2 == 0
                    ? "Die Stadtwerke haben am Montag " + i + " neue Ladesäulen eröffnet. Sie kosteten zusammen rund "
                    + (i * 10) + "000 Euro. Die Anwohner begrüßen den Ausbau und hoffen auf mehr."
                    : "The library opened " + i + " new reading rooms on Monday. The work cost about " + (i * 3)
                    + " million dollars. Students welcomed the extra space during exams.";
            lines.add(MAPPER.writeValueAsString(Map.of("id", "r" + i, "text", text)));
        }
        lines.add(MAPPER.writeValueAsString(Map.of("id", "empty", "text", "")));
        return lines;
    }

    private static List<JsonNode> readJsonl(Path folder) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part)) {
                    nodes.add(MAPPER.readTree(line));
                }
            }
        }
        return nodes;
    }

    @Test
    void digestsJsonlIntoJsonlWithOneObjectPerRecordInOrder() throws Exception {
        List<String> lines = new ArrayList<>(requests());
        lines.add(3, " \t ");
        Path in = Files.write(dir.resolve("in.jsonl"), lines);
        Path out = dir.resolve("out");

        DigestJob.run(spark, JobOptions.parse("--in", in.toString(), "--out", out.toString(),
                "--target-language", "en", "--max-sentences", "2"));

        List<JsonNode> nodes = readJsonl(out);
        assertEquals(List.of("r1", "r2", "r3", "r4", "r5", "r6", "empty"),
                nodes.stream().map(n -> n.path("id").asText()).toList());
        JsonNode german = nodes.get(1);
        assertEquals("de", german.path("language").path("code").asText());
        assertEquals(2, german.path("summary").path("sentences").size());
        assertEquals(422, nodes.get(6).path("error").path("status").asInt());
        assertEquals(8, nodes.get(6).path("line").asInt(), "the blank fourth line is counted, as batch counts it");
    }

    @Test
    void turnsRecordsOverTheSizeLimitAndLinesThatAreNotJsonIntoErrorObjects() throws Exception {
        String big = MAPPER.writeValueAsString(Map.of("id", "big", "text", "Ein sehr langer Satz. ".repeat(20)));
        Path in = Files.write(dir.resolve("in.jsonl"), List.of(requests().getFirst(), big, "{\"id\": \"broken\","));
        Path out = dir.resolve("out");

        DigestJob.run(spark, JobOptions.parse("--in", in.toString(), "--out", out.toString(),
                "--max-record-bytes", "300"));

        List<JsonNode> nodes = readJsonl(out);
        assertEquals(3, nodes.size());
        assertEquals("r1", nodes.get(0).path("id").asText());
        assertTrue(nodes.get(0).path("error").isMissingNode());
        JsonNode oversized = nodes.get(1);
        assertTrue(oversized.path("id").isNull(), "the id of a record that is not read stays unknown");
        assertEquals(2, oversized.path("line").asInt());
        assertEquals(413, oversized.path("error").path("status").asInt());
        assertEquals("The record has " + big.getBytes(StandardCharsets.UTF_8).length + " bytes; the limit is 300.",
                oversized.path("error").path("detail").asText());
        assertEquals(400, nodes.get(2).path("error").path("status").asInt());
        assertEquals(3, nodes.get(2).path("line").asInt());
    }

    @Test
    void digestsParquetIntoParquetWithTheDigestFieldsAsColumns() throws Exception {
        Path in = dir.resolve("in.parquet");
        Dataset<String> json = spark.createDataset(requests(), Encoders.STRING());
        spark.read().json(json).write().parquet(in.toString());
        Path out = dir.resolve("out.parquet");

        DigestJob.run(spark, JobOptions.parse("--in", in.toString(), "--out", out.toString()));

        List<Row> rows = spark.read().parquet(out.toString()).select("id", "language.code", "error.status")
                .collectAsList();
        assertEquals(7, rows.size());
        Row english = rows.stream().filter(r -> r.getString(0).equals("r1")).findFirst().orElseThrow();
        assertEquals("en", english.getString(1));
        Row empty = rows.stream().filter(r -> r.getString(0).equals("empty")).findFirst().orElseThrow();
        assertEquals(422L, ((Number) empty.get(2)).longValue());
        assertTrue(rows.stream().filter(r -> !r.getString(0).equals("empty")).allMatch(r -> r.isNullAt(2)));
    }
}
