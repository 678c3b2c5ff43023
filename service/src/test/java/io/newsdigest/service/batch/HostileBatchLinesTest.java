package io.newsdigest.service.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.service.http.HostileJson;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated hostile JSON lines through the {@code batch} command: every line becomes a digest or an error object
 * with a client-error status, the run never stops, and the exit code says whether some records failed.
 */
class HostileBatchLinesTest {

    private static final int RECORD_LIMIT = 16 * 1024;
    private static final Set<Integer> CLIENT_ERRORS = Set.of(400, 413, 422);

    @Property(tries = 60)
    void everyHostileLineBecomesADigestOrAClientErrorObject(@ForAll("lines") List<byte[]> lines) throws Exception {
        Path dir = Files.createTempDirectory("hostile-batch");
        try {
            ByteArrayOutputStream input = new ByteArrayOutputStream();
            lines.forEach(line -> {
                input.writeBytes(line);
                input.write('\n');
            });
            Path in = Files.write(dir.resolve("in.jsonl"), input.toByteArray());
            Path out = dir.resolve("out.jsonl");
            Path config = Files.writeString(dir.resolve("limits.yaml"),
                    "newsdigest:\n  limits:\n    max-body-bytes: " + RECORD_LIMIT + "\n");

            int exit = BatchFixtures.command("--in", in.toString(), "--out", out.toString(),
                    "--config", config.toString(), "--threads", "2");

            assertTrue(exit == 0 || exit == 1, "the run finishes (exit " + exit + ")");
            for (JsonNode result : BatchFixtures.lines(out)) {
                int status = result.has("error") ? result.get("error").get("status").asInt() : 200;
                Statistics.collect(status);
                assertTrue(status == 200 ? result.has("summary") : CLIENT_ERRORS.contains(status), result::toString);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<List<byte[]>> lines() {
        return HostileJson.bodies(RECORD_LIMIT).list().ofMinSize(1).ofMaxSize(8);
    }
}
