package io.newsdigest.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdigest.spark.cluster.EventLog;
import io.newsdigest.spark.cluster.ExecutorMemory;
import io.newsdigest.spark.cluster.MidTaskKill;
import io.newsdigest.spark.cluster.SparkDistribution;
import io.newsdigest.spark.cluster.StandaloneCluster;
import io.newsdigest.spark.cluster.SubmittedApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged job on a Spark standalone cluster of this machine: a master and two workers (one core, 1 GiB each)
 * in JVMs of their own, the job submitted as {@code spark-submit} submits it, with its libraries shipped by
 * {@code --jars} and the installed models by {@code --archives}. One executor's JVM is killed early in a digest
 * task. The output must hold every record exactly once, in input order, and equal the {@code batch} command's
 * output on the same archive except for {@code timingsMs}, the only field that measures rather than describes.
 *
 * <p>Needs the packaged job ({@code verify} phase) and the built service for the batch command; see
 * {@code docs/batch.md} for the command.
 */
class StandaloneClusterIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Small enough that a few-kilobyte record exceeds it, in the job and in the batch command alike. */
    private static final int MAX_RECORD_BYTES = 4096;
    private static final int PARTITIONS = 12;
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(15);

    /**
     * Kept when a test fails: the master's, workers', driver's and executors' logs are in it. (An aborted test
     * keeps it too, which is why the optional test is a condition, not an assumption.)
     */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path folder;

    private static StandaloneCluster cluster;
    private static SparkDistribution spark;

    @BeforeAll
    static void startCluster() throws IOException {
        spark = SparkDistribution.create(folder.resolve("spark-home"), property("newsdigest.spark.dependencyTree"),
                property("newsdigest.spark.testClasspath"));
        Instant start = Instant.now();
        cluster = StandaloneCluster.start(spark, folder.resolve("cluster"), 2, 1, "1g", Duration.ofMinutes(3));
        System.out.printf("cluster: %s, 2 workers up after %d s, %d Spark jars, logs in %s%n", cluster.masterUrl(),
                Duration.between(start, Instant.now()).toSeconds(), spark.jarCount(), folder);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void digestsEveryRecordOnceAndAsTheBatchCommandDoesThoughAnExecutorIsKilledMidJob() throws Exception {
        Path batchJar = batchJar();
        Path work = Files.createDirectories(folder.resolve("generated"));
        GeneratedArchive archive = GeneratedArchive.write(work.resolve("articles.jsonl"), 360, 14, MAX_RECORD_BYTES);
        Optional<Path> models = ClusterInputs.tinyTranslator(property("newsdigest.tinyModels"), work);

        ClusterRun run = runWithKill(work, archive.file(), models, MAX_RECORD_BYTES);

        assertExactlyOnce(run, archive.keys());
        assertLostTasksRanAgain(run);
        List<String> reference = batchOutput(batchJar, work, archive.file(), models, MAX_RECORD_BYTES);
        assertSameDigests(reference, run.lines());
        long translated = run.lines().stream().map(StandaloneClusterIT::tree)
                .filter(n -> n.path("summary").path("translated").asBoolean()).count();
        assertEquals(models.isPresent() ? archive.translated() : 0, translated,
                "the German records that ask for English are translated on the executors with the shipped model");
    }

    /**
     * Only with {@code -Dnewsdigest.cluster.realArticles=true} and the evaluation articles present. A condition
     * rather than an assumption: an aborted test would keep the class's temporary folder (some 400 MB).
     */
    static boolean realArticlesRequested() {
        return Boolean.getBoolean("newsdigest.cluster.realArticles") && Files.isDirectory(evaluationArticles());
    }

    private static Path evaluationArticles() {
        return Path.of(System.getProperty("newsdigest.shared", "../../shared")).resolve("eval/summarization");
    }

    @Test
    @EnabledIf("realArticlesRequested")
    void digestsRealArticlesAsTheBatchCommandDoesThoughAnExecutorIsKilledMidJob() throws Exception {
        Path eval = evaluationArticles();
        Path batchJar = batchJar();
        Path work = Files.createDirectories(folder.resolve("real"));
        List<String> keys = new ArrayList<>();
        Path input = ClusterInputs.realArticles(eval, work.resolve("articles.jsonl"), keys);

        ClusterRun run = runWithKill(work, input, Optional.empty(), JobOptions.DEFAULT_MAX_RECORD_BYTES);

        assertExactlyOnce(run, keys);
        assertLostTasksRanAgain(run);
        assertSameDigests(batchOutput(batchJar, work, input, Optional.empty(), JobOptions.DEFAULT_MAX_RECORD_BYTES),
                run.lines());
    }

    /** What one run on the cluster left: the output, the scheduler's log and what was killed. */
    private record ClusterRun(Path output, List<String> lines, EventLog events, MidTaskKill.Kill kill) {
    }

    private static ClusterRun runWithKill(Path work, Path input, Optional<Path> models, int maxRecordBytes)
            throws Exception {
        Path output = work.resolve("digests");
        List<String> options = new ArrayList<>(List.of("--class", DigestJob.class.getName(),
                "--conf", "spark.executor.memory=1g", "--conf", "spark.executor.cores=1",
                "--conf", "spark.cores.max=2",
                "--conf", "spark.sql.files.maxPartitionBytes=" + (Files.size(input) / PARTITIONS + 1),
                "--jars", libraries()));
        List<String> arguments = new ArrayList<>(List.of("--in", input.toString(), "--out", output.toString(),
                "--max-record-bytes", Integer.toString(maxRecordBytes)));
        if (models.isPresent()) {
            options.addAll(List.of("--archives",
                    ClusterInputs.zip(models.get(), work.resolve("models.zip")).toUri() + "#models"));
            arguments.addAll(List.of("--models", "models"));
        }
        Instant start = Instant.now();
        try (SubmittedApplication application = SubmittedApplication.submit(spark, cluster, work, options,
                property("newsdigest.spark.jar"), arguments);
             ExecutorMemory memory = new ExecutorMemory(cluster, application)) {
            MidTaskKill.Kill kill = MidTaskKill.during(application, cluster, DigestJob.DIGEST_JOB_DESCRIPTION, 3, 2,
                    JOB_TIMEOUT);
            System.out.printf("killed executor %s (pid %d) %d ms into task %d of stage %d, %d tasks finished and %d"
                            + " waiting, shortest finished task %d ms, %d s after submitting%n",
                    kill.executorId(), kill.pid(), kill.taskAge().toMillis(), kill.taskIndex(), kill.stageId(),
                    kill.finishedTasks(), kill.waitingTasks(), kill.shortestFinishedTask().toMillis(),
                    Duration.between(start, Instant.now()).toSeconds());
            int exit = application.waitFor(JOB_TIMEOUT);
            System.out.printf("application %s ended with %d after %d s; executor peak RSS (MiB by pid): %s%n",
                    kill.applicationId(), exit, Duration.between(start, Instant.now()).toSeconds(),
                    memory.peakMebibytes());
            assertEquals(0, exit, () -> "the application failed\n" + StandaloneCluster.tail(application.log(), 60));
            return new ClusterRun(output, readParts(output), application.eventLog(), kill);
        }
    }

    private static void assertExactlyOnce(ClusterRun run, List<String> expectedKeys) {
        assertTrue(Files.exists(run.output().resolve("_SUCCESS")), "the job's output was committed");
        assertFalse(Files.exists(run.output().resolve("_temporary")), "no uncommitted task output is left");
        List<String> keys = run.lines().stream().map(line -> key(tree(line))).toList();
        assertEquals(expectedKeys.size(), keys.size(), "one output line per record");
        assertEquals(expectedKeys, keys, "every record once, in input order");
    }

    private static void assertLostTasksRanAgain(ClusterRun run) {
        MidTaskKill.Kill kill = run.kill();
        assertFalse(ProcessHandle.of(kill.pid()).map(ProcessHandle::isAlive).orElse(false), "the executor is dead");
        EventLog events = run.events();
        assertTrue(events.removedExecutors().contains(kill.executorId()),
                "the driver saw executor " + kill.executorId() + " go: " + events.removedExecutors());
        int stage = events.stageOfJob(DigestJob.DIGEST_JOB_DESCRIPTION).orElseThrow();
        assertEquals(kill.stageId(), stage, "the kill hit the digest job's stage");
        List<EventLog.TaskEnd> ends = events.taskEnds(stage);
        List<EventLog.TaskEnd> lost = ends.stream().filter(e -> e.executorId().equals(kill.executorId()))
                .filter(e -> e.reason().equals("ExecutorLostFailure")).toList();
        assertTrue(lost.stream().anyMatch(e -> e.index() == kill.taskIndex()),
                "the task running on the killed executor was lost with it: " + lost);
        for (EventLog.TaskEnd task : lost) {
            assertTrue(ends.stream().anyMatch(e -> e.index() == task.index() && e.succeeded()
                            && e.attempt() > task.attempt() && !e.executorId().equals(kill.executorId())),
                    "lost task " + task.index() + " ran again on another executor");
        }
        Map<Integer, Long> successes = ends.stream().filter(EventLog.TaskEnd::succeeded)
                .collect(Collectors.groupingBy(EventLog.TaskEnd::index, Collectors.counting()));
        int tasks = events.taskCount(stage).orElseThrow();
        assertEquals(tasks, successes.size(), "every partition succeeded");
        assertTrue(successes.values().stream().allMatch(n -> n == 1), "no partition succeeded twice: " + successes);
        System.out.printf("digest stage %d: %d tasks, %d lost with executor %s and run again; executors added: %s%n",
                stage, tasks, lost.size(), kill.executorId(), events.addedExecutors());
    }

    /**
     * Equal line by line once {@code timingsMs} is removed: the milliseconds each step took on the machine that
     * ran it, which no two runs share. Every other field (language and confidence, summary sentences and spans,
     * key figures, warnings, models, error objects with their line numbers) must be the same.
     */
    private static void assertSameDigests(List<String> reference, List<String> lines) {
        assertEquals(reference.size(), lines.size(), "as many lines as the batch command wrote");
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode expected = withoutTimings(tree(reference.get(i)));
            JsonNode actual = withoutTimings(tree(lines.get(i)));
            if (!expected.equals(actual)) {
                differences.add("line " + (i + 1) + ":\n  batch: " + expected + "\n  spark: " + actual);
            }
        }
        assertEquals(0, differences.size(), () -> differences.size() + " lines differ from the batch command's, first: "
                + String.join("\n", differences.subList(0, Math.min(3, differences.size()))));
        long digests = lines.stream().filter(l -> tree(l).path("error").isMissingNode()).count();
        System.out.printf("%d lines equal the batch command's (%d digests, %d error objects)%n", lines.size(), digests,
                lines.size() - digests);
    }

    private static List<String> batchOutput(Path jar, Path work, Path input, Optional<Path> models,
                                            int maxRecordBytes) throws Exception {
        Instant start = Instant.now();
        BatchReference.Result batch = BatchReference.run(jar, input, Files.createDirectories(work.resolve("batch")),
                maxRecordBytes, models);
        assertTrue(batch.exitCode() == 0 || batch.exitCode() == 1, () -> "the batch command failed:\n" + batch.log());
        System.out.printf("batch command: %d lines in %d s%n", batch.lines().size(),
                Duration.between(start, Instant.now()).toSeconds());
        return batch.lines();
    }

    private static JsonNode withoutTimings(JsonNode node) {
        JsonNode copy = node.deepCopy();
        if (copy instanceof ObjectNode object) {
            object.remove("timingsMs");
        }
        return copy;
    }

    /** What identifies an output line: its id, or for a record whose id could not be read, its line number. */
    private static String key(JsonNode line) {
        return line.path("id").isTextual() ? line.path("id").asText() : "line:" + line.path("line").asLong();
    }

    private static JsonNode tree(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    /** The part files in name order, which is the partitions' order and so the input's. */
    private static List<String> readParts(Path output) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(output)) {
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    /** The job's libraries as {@code --jars} takes them: comma-separated. */
    private static String libraries() throws IOException {
        try (Stream<Path> jars = Files.list(property("newsdigest.spark.libs"))) {
            return jars.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toString)
                    .collect(Collectors.joining(","));
        }
    }

    private static Path batchJar() {
        Path jar = property("newsdigest.batch.jar");
        assertTrue(Files.isRegularFile(jar), "the batch command's jar " + jar + " is missing: build the service in"
                + " the same run (mvn -Pspark -pl service,spark -am verify ..., see docs/batch.md)");
        return jar;
    }

    private static Path property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isBlank(), "system property " + name + " is not set (run through Maven)");
        return Path.of(value);
    }
}
