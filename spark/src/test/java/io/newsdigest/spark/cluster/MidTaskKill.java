package io.newsdigest.spark.cluster;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Kills one executor's JVM ({@code SIGKILL}, as a lost machine or the kernel's out-of-memory killer would) while it
 * runs a task of a given job, so that the task is certainly lost and work certainly remains:
 * <ul>
 *   <li>only once {@code minFinished} tasks of the job have finished (the pipeline is loaded, output has been
 *       committed) and {@code minWaiting} tasks have not started yet;</li>
 *   <li>only early in a task: the victim's running task started less than half the shortest finished task's
 *       time ago, so it cannot finish between the look and the kill.</li>
 * </ul>
 * The look is the driver's REST API, polled every 50 ms; the victim is found among the workers' child processes.
 */
public final class MidTaskKill {

    /** What was killed, and the state of the job at that moment. */
    public record Kill(String applicationId, String executorId, long pid, int stageId, int taskIndex,
                       Duration taskAge, Duration shortestFinishedTask, int finishedTasks, int waitingTasks) {
    }

    private static final DateTimeFormatter SPARK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'GMT'");

    private MidTaskKill() {
    }

    /**
     * @param jobDescriptionPrefix how the job to interrupt is described ({@code SparkContext.setJobDescription})
     * @throws AssertionError when the application ends, or {@code timeout} passes, before a kill was possible
     */
    public static Kill during(SubmittedApplication application, StandaloneCluster cluster, String jobDescriptionPrefix,
                              int minFinished, int minWaiting, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!application.driver().isAlive()) {
                throw new AssertionError("the application ended before an executor could be killed mid-job\n"
                        + StandaloneCluster.tail(application.log(), 40));
            }
            Optional<Kill> kill = tryOnce(application, cluster, jobDescriptionPrefix, minFinished, minWaiting);
            if (kill.isPresent()) {
                return kill.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no moment to kill an executor mid-job came within " + timeout + "\n"
                + StandaloneCluster.tail(application.log(), 40));
    }

    private static Optional<Kill> tryOnce(SubmittedApplication application, StandaloneCluster cluster, String prefix,
                                          int minFinished, int minWaiting) throws InterruptedException {
        Optional<JsonNode> job = application.jobs().stream()
                .filter(j -> j.path("description").asText().startsWith(prefix))
                .filter(j -> j.path("status").asText().equals("RUNNING")).findFirst();
        if (job.isEmpty()) {
            return Optional.empty();
        }
        int finished = job.get().path("numCompletedTasks").asInt();
        int waiting = job.get().path("numTasks").asInt() - finished - job.get().path("numActiveTasks").asInt()
                - job.get().path("numFailedTasks").asInt() - job.get().path("numKilledTasks").asInt();
        if (finished < minFinished || waiting < minWaiting) {
            return Optional.empty();
        }
        int stage = 0;
        for (JsonNode id : job.get().path("stageIds")) {
            stage = Math.max(stage, id.asInt());
        }
        Optional<Duration> shortest = application.tasks(stage, 0, "SUCCESS").stream()
                .map(t -> Duration.ofMillis(t.path("duration").asLong())).min(Comparator.naturalOrder());
        if (shortest.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        List<JsonNode> running = application.tasks(stage, 0, "RUNNING");
        Optional<JsonNode> youngest = running.stream()
                .max(Comparator.comparing(t -> launchTime(t.path("launchTime").asText())));
        if (youngest.isEmpty()) {
            return Optional.empty();
        }
        Duration age = Duration.between(launchTime(youngest.get().path("launchTime").asText()), now);
        if (age.compareTo(shortest.get().dividedBy(2)) >= 0) {
            return Optional.empty();
        }
        String applicationId = application.applicationId().orElseThrow();
        String executorId = youngest.get().path("executorId").asText();
        Optional<ProcessHandle> victim = cluster.executor(applicationId, executorId);
        if (victim.isEmpty()) {
            return Optional.empty();
        }
        victim.get().destroyForcibly();
        try {
            victim.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("executor " + executorId + " (pid " + victim.get().pid()
                    + ") did not die within 30 s of SIGKILL", e);
        }
        return Optional.of(new Kill(applicationId, executorId, victim.get().pid(), stage,
                youngest.get().path("index").asInt(), age, shortest.get(), finished, waiting));
    }

    private static Instant launchTime(String text) {
        return LocalDateTime.parse(text, SPARK_TIME).toInstant(ZoneOffset.UTC);
    }
}
