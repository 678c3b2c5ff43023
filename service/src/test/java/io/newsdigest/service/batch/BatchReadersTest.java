package io.newsdigest.service.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchReadersTest {

    @TempDir
    Path dir;

    private static List<InputRecord> readAll(ArticleSource source) throws Exception {
        List<InputRecord> records = new ArrayList<>();
        try (source) {
            for (Optional<InputRecord> next = source.next(); next.isPresent(); next = source.next()) {
                records.add(next.get());
            }
        }
        return records;
    }

    @Test
    void jsonlRecordsKeepTheirPhysicalLineNumbersAcrossBlankLinesAndCrlf() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"a\"}\r\n\r\n   \n{\"id\":\"b\"}");

        List<InputRecord> records = readAll(ArticleSources.open(in, 1000));

        assertEquals(List.of(1L, 4L), records.stream().map(InputRecord::number).toList());
        assertEquals("{\"id\":\"a\"}", new String(records.get(0).content(), StandardCharsets.UTF_8));
    }

    @Test
    void aJsonlFileAnnouncesHowManyRecordsItHolds() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{}\n\n{}\n{}");

        try (ArticleSource source = ArticleSources.open(in, 1000)) {
            assertEquals(OptionalLong.of(3), source.expectedRecords());
        }
    }

    @Test
    void anOversizedLineKeepsItsSizeButNotItsBytes() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "x".repeat(5000) + "\n{}\n");

        List<InputRecord> records = readAll(ArticleSources.open(in, 100));

        assertTrue(records.get(0).oversized());
        assertEquals(5000, records.get(0).size());
        assertEquals(0, records.get(0).content().length);
        assertEquals("{}", new String(records.get(1).content(), StandardCharsets.UTF_8));
    }

    @Test
    void anOversizedArchiveEntryDoesNotDisturbTheNextOne() throws Exception {
        Path in = BatchFixtures.zip(dir.resolve("a.zip"), new java.util.LinkedHashMap<>(java.util.Map.of(
                "big.txt", "y".repeat(10_000))));
        List<InputRecord> records = readAll(ArticleSources.open(in, 100));

        assertEquals(1, records.size());
        assertEquals(10_000, records.get(0).size());
        assertEquals(Optional.of("big.txt"), records.get(0).id());
    }

    @Test
    void anUnknownInputKindIsRefusedNamingTheOption() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), "a,b");

        BatchStartException refused = org.junit.jupiter.api.Assertions.assertThrows(BatchStartException.class,
                () -> ArticleSources.open(in, 100));
        assertTrue(refused.getMessage().startsWith("--in:"), refused.getMessage());
    }

    @Test
    void plainProgressLinesShowCountRateErrorsAndEta() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PeriodicProgressLines lines = new PeriodicProgressLines(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                OptionalLong.of(1000), Duration.ZERO);

        lines.update(250, 3);

        String line = bytes.toString(StandardCharsets.UTF_8).strip();
        assertTrue(line.startsWith("batch: 250/1,000 records (25.0%), "), line);
        assertTrue(line.contains("records/s, 3 errors, ETA "), line);
    }
}
