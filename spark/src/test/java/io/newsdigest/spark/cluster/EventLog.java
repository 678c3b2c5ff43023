package io.newsdigest.spark.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A Spark application's event log (one JSON object per line, the history server's input): what the driver's
 * scheduler saw, including tasks lost with their executor and run again. Immutable.
 */
public final class EventLog {

    /** The end of one task attempt. @param reason {@code Success}, {@code ExecutorLostFailure}, ... */
    public record TaskEnd(int stageId, int index, int attempt, String executorId, String reason) {

        public boolean succeeded() {
            return reason.equals("Success");
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<JsonNode> events;

    private EventLog(List<JsonNode> events) {
        this.events = List.copyOf(events);
    }

    /** Reads the log Spark wrote for {@code applicationId} into {@code folder} (finished, or still in progress). */
    static EventLog read(Path folder, String applicationId) throws IOException {
        Path file = folder.resolve(applicationId);
        if (!Files.exists(file)) {
            file = folder.resolve(applicationId + ".inprogress");
        }
        List<JsonNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            try {
                events.add(MAPPER.readTree(line));
            } catch (JsonProcessingException e) {
                // Only the last line of a log still being written can be cut; the events before it stand.
            }
        }
        return new EventLog(events);
    }

    /** @return the events of one kind ({@code SparkListenerExecutorRemoved}, ...) */
    public List<JsonNode> events(String kind) {
        return events.stream().filter(e -> e.path("Event").asText().equals(kind)).toList();
    }

    /** @return the last stage of the first job whose description starts with {@code prefix} */
    public OptionalInt stageOfJob(String prefix) {
        for (JsonNode job : events("SparkListenerJobStart")) {
            if (job.path("Properties").path("spark.job.description").asText().startsWith(prefix)) {
                int last = -1;
                for (JsonNode stage : job.path("Stage IDs")) {
                    last = Math.max(last, stage.asInt());
                }
                return last < 0 ? OptionalInt.empty() : OptionalInt.of(last);
            }
        }
        return OptionalInt.empty();
    }

    /** @return how many tasks (partitions) a stage has, as the job's start announced it */
    public OptionalInt taskCount(int stageId) {
        for (JsonNode job : events("SparkListenerJobStart")) {
            for (JsonNode stage : job.path("Stage Infos")) {
                if (stage.path("Stage ID").asInt() == stageId) {
                    return OptionalInt.of(stage.path("Number of Tasks").asInt());
                }
            }
        }
        return OptionalInt.empty();
    }

    /** @return every task attempt of a stage that ended, in the order the driver saw them end */
    public List<TaskEnd> taskEnds(int stageId) {
        return events("SparkListenerTaskEnd").stream().filter(e -> e.path("Stage ID").asInt() == stageId)
                .map(e -> new TaskEnd(stageId, e.path("Task Info").path("Index").asInt(),
                        e.path("Task Info").path("Attempt").asInt(), e.path("Task Info").path("Executor ID").asText(),
                        e.path("Task End Reason").path("Reason").asText()))
                .toList();
    }

    /** @return the ids of executors the driver was told were removed */
    public List<String> removedExecutors() {
        return events("SparkListenerExecutorRemoved").stream().map(e -> e.path("Executor ID").asText()).toList();
    }

    /** @return the ids of executors that joined the application, in order */
    public List<String> addedExecutors() {
        return events("SparkListenerExecutorAdded").stream().map(e -> e.path("Executor ID").asText()).toList();
    }
}
