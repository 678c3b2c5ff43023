package io.newsdigest.service.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdigest.nlp.StandardPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one batch test with the real pipeline (loaded once for the class: it takes seconds). */
class BatchRealPipelineTest {

    private static StandardPipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        pipeline = StandardPipeline.open(Set.of("de", "en"));
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    private static JsonNode withoutTimings(JsonNode node) {
        ((ObjectNode) node).remove("timingsMs");
        return node;
    }

    @Test
    void everyLineIsWhatTheBatchEndpointAnswersForIt() throws Exception {
        Path in = BatchFixtures.jsonl(dir.resolve("in.jsonl"), 6);
        Path out = dir.resolve("out.jsonl");

        try (BatchJob job = BatchJob.open(in, out, Optional.empty(), false, BatchSettings.defaults())) {
            job.run(pipeline.digest(), BatchFixtures.JSON, ProgressDisplay.none());
        }

        List<String> input = Files.readAllLines(in);
        List<JsonNode> output = BatchFixtures.lines(out);
        assertEquals(input.size(), output.size());
        for (int i = 0; i < input.size(); i++) {
            JsonNode expected = BatchFixtures.JSON.mapper().readTree(
                    BatchFixtures.JSON.digestLine(pipeline.digest(), input.get(i), i + 1));
            assertEquals(withoutTimings(expected), withoutTimings(output.get(i)));
        }
    }
}
