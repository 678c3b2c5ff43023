package io.newsdigest.service.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kills a real batch process with SIGKILL part-way through, then resumes it. */
class BatchKillResumeTest {

    private static final int RECORDS = 1500;

    @TempDir
    Path dir;

    private Process start(Path in, Path out, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                SlowBatchMain.class.getName(), "--in", in.toString(), "--out", out.toString(), "--threads", "2"));
        command.addAll(List.of(more));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    /** Waits until the child has checkpointed some records and written more after them. */
    private static void awaitProgress(Path out, Process child) throws Exception {
        Path checkpoint = Checkpoint.pathFor(out);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive()) {
            var saved = Files.exists(checkpoint) ? Checkpoint.read(checkpoint) : java.util.Optional.<Checkpoint>empty();
            if (saved.isPresent() && saved.get().records() > 0 && Files.size(out) > saved.get().outputBytes()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child made no checkpointed progress while alive");
    }

    @Test
    void aKilledRunResumesWithEveryRecordExactlyOnce() throws Exception {
        Path in = BatchFixtures.jsonl(dir.resolve("in.jsonl"), RECORDS);
        Path out = dir.resolve("out.jsonl");

        Process child = start(in, out);
        awaitProgress(out, child);
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        long linesAtKill = Files.readString(out).lines().count();
        assertTrue(linesAtKill < RECORDS, "killed part-way: " + linesAtKill + " lines");

        Process resumed = start(in, out, "--resume");
        assertTrue(resumed.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, resumed.exitValue(), () -> log());

        List<String> expected = IntStream.rangeClosed(1, RECORDS).mapToObj(i -> "article-" + i).toList();
        assertEquals(expected, BatchFixtures.ids(out));
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
