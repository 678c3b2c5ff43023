package io.newsdigest.service.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchResumeTest {

    @TempDir
    Path dir;

    private static List<String> expectedIds(int records) {
        return IntStream.rangeClosed(1, records).mapToObj(i -> "article-" + i).toList();
    }

    /** Leaves the output as a crash would: a checkpoint after {@code keptLines}, more lines, then a torn one. */
    private static void crashAfter(Path out, int keptLines, int extraLines) throws IOException {
        List<String> lines = Files.readAllLines(out);
        String kept = String.join("\n", lines.subList(0, keptLines)) + "\n";
        String extra = String.join("\n", lines.subList(keptLines, keptLines + extraLines)) + "\n";
        String torn = lines.get(keptLines + extraLines).substring(0, 20);
        Files.writeString(out, kept + extra + torn);
        long keptBytes = kept.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        var saved = Checkpoint.read(Checkpoint.pathFor(out)).orElseThrow();
        new Checkpoint(saved.input(), saved.settings(), saved.errorsFile(), keptLines, 0, keptBytes, 0, false)
                .write(Checkpoint.pathFor(out));
    }

    @Test
    void resumingAfterATornLineWritesEveryRecordExactlyOnce() throws Exception {
        Path in = BatchFixtures.jsonl(dir.resolve("in.jsonl"), 40);
        Path out = dir.resolve("out.jsonl");
        BatchFixtures.command("--in", in.toString(), "--out", out.toString());
        crashAfter(out, 15, 5);

        assertEquals(0, BatchFixtures.command("--in", in.toString(), "--out", out.toString(), "--resume"));

        assertEquals(expectedIds(40), BatchFixtures.ids(out));
    }

    @Test
    void resumingACompleteRunChangesNothing() throws Exception {
        Path in = BatchFixtures.jsonl(dir.resolve("in.jsonl"), 5);
        Path out = dir.resolve("out.jsonl");
        BatchFixtures.command("--in", in.toString(), "--out", out.toString());
        byte[] before = Files.readAllBytes(out);

        assertEquals(0, BatchFixtures.command("--in", in.toString(), "--out", out.toString(), "--resume"));

        assertEquals(new String(before), Files.readString(out));
    }

    @Test
    void anExistingOutputIsNeverOverwrittenWithoutResume() throws Exception {
        Path in = BatchFixtures.jsonl(dir.resolve("in.jsonl"), 3);
        Path out = Files.writeString(dir.resolve("out.jsonl"), "precious\n");

        assertEquals(2, BatchFixtures.command("--in", in.toString(), "--out", out.toString()));

        assertEquals("precious\n", Files.readString(out));
    }

    @Test
    void resumingWithOtherOptionsIsRefused() throws Exception {
        Path in = BatchFixtures.jsonl(dir.resolve("in.jsonl"), 3);
        Path out = dir.resolve("out.jsonl");
        BatchFixtures.command("--in", in.toString(), "--out", out.toString());
        try (FileChannel channel = FileChannel.open(out, StandardOpenOption.WRITE)) {
            channel.truncate(10);
        }

        assertEquals(2, BatchFixtures.command("--in", in.toString(), "--out", out.toString(), "--resume",
                "--target-language", "en"));
    }

    @Test
    void theCheckpointCountsWhatTheOutputHolds() throws Exception {
        Path in = BatchFixtures.jsonl(dir.resolve("in.jsonl"), 12);
        Path out = dir.resolve("out.jsonl");

        BatchFixtures.command("--in", in.toString(), "--out", out.toString());

        Checkpoint checkpoint = Checkpoint.read(Checkpoint.pathFor(out)).orElseThrow();
        assertTrue(checkpoint.complete());
        assertEquals(12, checkpoint.records());
        assertEquals(Files.size(out), checkpoint.outputBytes());
    }
}
