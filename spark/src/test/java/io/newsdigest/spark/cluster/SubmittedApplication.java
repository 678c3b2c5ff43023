package io.newsdigest.spark.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An application submitted to a {@link StandaloneCluster} as {@code spark-submit} submits it (the class
 * {@code bin/spark-submit} runs, in client mode: the driver is this JVM's child process, the executors are the
 * workers'). The driver's UI listens on a port chosen here, so that its REST API can be watched while the job
 * runs; its event log (uncompressed, one file) is kept for the assertions afterwards.
 *
 * <p>Not thread-safe. {@link #close()} kills the driver if it still runs.
 */
public final class SubmittedApplication implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Process driver;
    private final Path log;
    private final Path eventLogs;
    private final int uiPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private String applicationId;

    private SubmittedApplication(Process driver, Path log, Path eventLogs, int uiPort) {
        this.driver = driver;
        this.log = log;
        this.eventLogs = eventLogs;
        this.uiPort = uiPort;
    }

    /**
     * @param submitOptions {@code spark-submit} options besides the master, the UI port and the event log
     *     ({@code --class}, {@code --jars}, {@code --conf ...})
     * @param application the application jar
     * @param arguments the application's own arguments
     */
    public static SubmittedApplication submit(SparkDistribution spark, StandaloneCluster cluster, Path folder,
                                              List<String> submitOptions, Path application, List<String> arguments)
            throws IOException {
        int uiPort = LocalPorts.free();
        Path eventLogs = Files.createDirectories(folder.resolve("event-logs"));
        List<String> options = new ArrayList<>(List.of("--master", cluster.masterUrl(), "--deploy-mode", "client",
                "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.ui.port=" + uiPort,
                // A taken UI port must fail the start, not move the UI to a port another application may own.
                "--conf", "spark.port.maxRetries=0",
                "--conf", "spark.ui.showConsoleProgress=false",
                "--conf", "spark.eventLog.enabled=true",
                "--conf", "spark.eventLog.dir=" + eventLogs.toUri(),
                "--conf", "spark.eventLog.compress=false",
                "--conf", "spark.eventLog.rolling.enabled=false"));
        options.addAll(submitOptions);
        options.add(application.toString());
        options.addAll(arguments);
        Path log = folder.resolve("driver.log");
        Process driver = spark.start(spark.command("768m", List.of(), "org.apache.spark.deploy.SparkSubmit", options),
                Map.of("SPARK_LOCAL_DIRS", Files.createDirectories(folder.resolve("driver-scratch")).toString()), log);
        return new SubmittedApplication(driver, log, eventLogs, uiPort);
    }

    public Process driver() {
        return driver;
    }

    public Path log() {
        return log;
    }

    /** @return the application's id once the driver's REST API names it (the master assigns it) */
    public Optional<String> applicationId() {
        if (applicationId == null) {
            get("").filter(apps -> apps.size() == 1).ifPresent(apps -> applicationId = apps.get(0).path("id").asText());
        }
        return Optional.ofNullable(applicationId);
    }

    /** @return the application's jobs as the driver's REST API lists them; empty when it does not answer */
    public List<JsonNode> jobs() {
        return applicationId().flatMap(id -> get("/" + id + "/jobs")).map(SubmittedApplication::list)
                .orElse(List.of());
    }

    /** @return the tasks of a stage attempt in one state ({@code RUNNING}, {@code SUCCESS}, ...) */
    public List<JsonNode> tasks(int stage, int attempt, String status) {
        return applicationId().flatMap(id -> get("/" + id + "/stages/" + stage + "/" + attempt
                        + "/taskList?length=10000&status=" + status))
                .map(SubmittedApplication::list).orElse(List.of());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private Optional<JsonNode> get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + uiPort + "/api/v1/applications" + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(MAPPER.readTree(response.body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Waits for the driver to end; kills it after {@code timeout}. @return its exit code */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!driver.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
            throw new IllegalStateException("the application did not finish within " + timeout + "\n"
                    + StandaloneCluster.tail(log, 40));
        }
        return driver.exitValue();
    }

    /** @return the event log of the finished application */
    public EventLog eventLog() throws IOException {
        return EventLog.read(eventLogs, applicationId().orElseThrow(
                () -> new IllegalStateException("the driver never reported its application id")));
    }

    @Override
    public void close() {
        if (driver.isAlive()) {
            driver.destroyForcibly();
            try {
                driver.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
