package io.newsdigest.spark.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventLogTest {

    /** Events written for this test in the event log's format (only the fields the test reads, as Spark names them). */
    private static final List<String> EVENTS = List.of(
            "{\"Event\":\"SparkListenerExecutorAdded\",\"Executor ID\":\"0\"}",
            "{\"Event\":\"SparkListenerExecutorAdded\",\"Executor ID\":\"1\"}",
            "{\"Event\":\"SparkListenerJobStart\",\"Job ID\":0,\"Stage IDs\":[0],\"Stage Infos\":[{\"Stage ID\":0,"
                    + "\"Number of Tasks\":3}],\"Properties\":{\"spark.job.description\":\"number the records\"}}",
            "{\"Event\":\"SparkListenerJobStart\",\"Job ID\":1,\"Stage IDs\":[1],\"Stage Infos\":[{\"Stage ID\":1,"
                    + "\"Number of Tasks\":4}],\"Properties\":{\"spark.job.description\":\"digest a into b\"}}",
            taskEnd(1, 0, 0, "0", "Success"),
            taskEnd(1, 1, 0, "1", "ExecutorLostFailure"),
            "{\"Event\":\"SparkListenerExecutorRemoved\",\"Executor ID\":\"1\",\"Removed Reason\":\"killed\"}",
            taskEnd(1, 1, 1, "0", "Success"),
            "{\"Event\":\"SparkListenerTaskEnd\",\"Stage ID\":1,\"Task End Re");

    private static String taskEnd(int stage, int index, int attempt, String executor, String reason) {
        return "{\"Event\":\"SparkListenerTaskEnd\",\"Stage ID\":" + stage + ",\"Task End Reason\":{\"Reason\":\""
                + reason + "\"},\"Task Info\":{\"Index\":" + index + ",\"Attempt\":" + attempt
                + ",\"Executor ID\":\"" + executor + "\"}}";
    }

    @Test
    void readsLostAndRerunTasksFromALogStillBeingWritten(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("app-1.inprogress"), EVENTS);

        EventLog log = EventLog.read(dir, "app-1");

        assertEquals(1, log.stageOfJob("digest ").orElseThrow());
        assertFalse(log.stageOfJob("nothing").isPresent());
        assertEquals(4, log.taskCount(1).orElseThrow());
        assertEquals(List.of(new EventLog.TaskEnd(1, 0, 0, "0", "Success"),
                new EventLog.TaskEnd(1, 1, 0, "1", "ExecutorLostFailure"),
                new EventLog.TaskEnd(1, 1, 1, "0", "Success")), log.taskEnds(1));
        assertTrue(log.taskEnds(1).get(2).succeeded());
        assertEquals(List.of("1"), log.removedExecutors());
        assertEquals(List.of("0", "1"), log.addedExecutors());
    }
}
