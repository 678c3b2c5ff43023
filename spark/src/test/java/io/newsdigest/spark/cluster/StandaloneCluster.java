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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on the loopback interface: one master and a few workers, each a JVM of its own
 * started from a {@link SparkDistribution}, with their logs, work folders and Spark's scratch space under one
 * folder. The master's web UI port is known (its JSON tells when the workers have registered); the workers pick
 * free ports themselves; the master's REST submission server is off, so nothing listens on Spark's fixed ports.
 *
 * <p>Not thread-safe. {@link #close()} kills every process it started, executors included; the caller deletes
 * the folder.
 */
public final class StandaloneCluster implements AutoCloseable {

    /** A worker JVM, whose executors are its child processes and work in {@code workDir}. */
    public record Worker(int number, Process process, Path workDir, Path log) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path folder;
    private final int masterPort;
    private final int masterUiPort;
    private final Process master;
    private final List<Worker> workers;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private StandaloneCluster(Path folder, int masterPort, int masterUiPort, Process master, List<Worker> workers) {
        this.folder = folder;
        this.masterPort = masterPort;
        this.masterUiPort = masterUiPort;
        this.master = master;
        this.workers = workers;
    }

    /**
     * Starts the master and {@code workers} workers and waits until all workers have registered.
     *
     * @param memoryPerWorker what each worker offers its executors, e.g. {@code 1g}
     * @throws IllegalStateException naming the logs when the cluster is not up within {@code timeout}
     */
    public static StandaloneCluster start(SparkDistribution spark, Path folder, int workers, int coresPerWorker,
                                          String memoryPerWorker, Duration timeout) throws IOException {
        Map<String, String> environment = Map.of("SPARK_LOCAL_DIRS",
                Files.createDirectories(folder.resolve("scratch")).toString());
        int port = LocalPorts.free();
        int uiPort = LocalPorts.free();
        Process master = spark.start(spark.command("256m", List.of("-Dspark.master.rest.enabled=false"),
                        "org.apache.spark.deploy.master.Master",
                        List.of("--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port",
                                Integer.toString(uiPort))),
                environment, folder.resolve("master.log"));
        List<Worker> started = new ArrayList<>();
        StandaloneCluster cluster = new StandaloneCluster(folder, port, uiPort, master, started);
        try {
            for (int i = 1; i <= workers; i++) {
                Path workDir = Files.createDirectories(folder.resolve("worker-" + i));
                Path log = folder.resolve("worker-" + i + ".log");
                Process process = spark.start(spark.command("256m", List.of(), "org.apache.spark.deploy.worker.Worker",
                        List.of("--host", "127.0.0.1", "--port", "0", "--webui-port", "0",
                                "--cores", Integer.toString(coresPerWorker), "--memory", memoryPerWorker,
                                "--work-dir", workDir.toString(), cluster.masterUrl())), environment, log);
                started.add(new Worker(i, process, workDir, log));
            }
            cluster.awaitWorkers(workers, timeout);
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    public String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    public List<Worker> workers() {
        return List.copyOf(workers);
    }

    /** @return the master's view of the cluster ({@code /json/} of its web UI), when it answers */
    public Optional<JsonNode> state() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + masterUiPort + "/json/")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(MAPPER.readTree(response.body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void awaitWorkers(int expected, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!master.isAlive() || workers.stream().anyMatch(w -> !w.process().isAlive())) {
                throw new IllegalStateException("a cluster process ended while starting\n" + logTails());
            }
            Optional<JsonNode> state = state();
            if (state.isPresent() && state.get().path("status").asText().equals("ALIVE")
                    && state.get().path("aliveworkers").asInt() == expected) {
                return;
            }
            pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException("the workers did not register with the master within " + timeout + "\n"
                + logTails());
    }

    /**
     * The JVM of one executor: a child process of a worker, found by the arguments the worker starts it with
     * ({@code CoarseGrainedExecutorBackend --executor-id ID ... --app-id APP}).
     */
    public Optional<ProcessHandle> executor(String applicationId, String executorId) {
        return executors(applicationId).stream()
                .filter(p -> argumentAfter(p, "--executor-id").equals(Optional.of(executorId)))
                .findFirst();
    }

    /**
     * @return the executor JVMs of an application that are alive now, on every worker: the workers' direct
     *     children, since a process an executor starts shows the executor's arguments until it has replaced its
     *     program
     */
    public List<ProcessHandle> executors(String applicationId) {
        return workers.stream().flatMap(w -> w.process().children())
                .filter(p -> argumentAfter(p, "--app-id").equals(Optional.of(applicationId)))
                .toList();
    }

    /** @return the executors' folders of an application on every worker ({@code WORKDIR/APP/EXECUTOR}) */
    public List<Path> executorFolders(String applicationId) throws IOException {
        List<Path> folders = new ArrayList<>();
        for (Worker worker : workers) {
            Path app = worker.workDir().resolve(applicationId);
            if (Files.isDirectory(app)) {
                try (Stream<Path> executors = Files.list(app)) {
                    executors.filter(Files::isDirectory).sorted().forEach(folders::add);
                }
            }
        }
        return folders;
    }

    static Optional<String> argumentAfter(ProcessHandle process, String name) {
        String[] arguments = process.info().arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals(name)) {
                return Optional.of(arguments[i + 1]);
            }
        }
        return Optional.empty();
    }

    /** The last lines of the master's and workers' logs, for a failure message. */
    public String logTails() {
        StringBuilder text = new StringBuilder();
        List<Path> logs = new ArrayList<>(List.of(folder.resolve("master.log")));
        workers.forEach(w -> logs.add(w.log()));
        for (Path log : logs) {
            text.append("--- ").append(log.getFileName()).append('\n').append(tail(log, 15));
        }
        return text.toString();
    }

    /** The last {@code lines} lines of a file, or a note that it cannot be read. */
    public static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
        } catch (IOException e) {
            return "(" + file + " cannot be read: " + e.getMessage() + ")\n";
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Kills the executors, then asks the workers and the master to stop, and kills what is left after 10 s. */
    @Override
    public void close() {
        for (Worker worker : workers) {
            worker.process().descendants().forEach(ProcessHandle::destroyForcibly);
            worker.process().destroy();
        }
        master.destroy();
        List<Process> all = new ArrayList<>(workers.stream().map(Worker::process).toList());
        all.add(master);
        for (Process process : all) {
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
