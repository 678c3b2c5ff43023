package io.newsdigest.spark.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Samples the resident memory of an application's executor JVMs every half second (Linux {@code /proc}), for the
 * sizing advice in the docs. Thread-safe; {@link #close()} stops the sampling thread.
 */
public final class ExecutorMemory implements AutoCloseable {

    private final Map<Long, Long> peakKilobytes = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    /** Starts sampling the executors of the application whose id {@code application} reports once it has one. */
    public ExecutorMemory(StandaloneCluster cluster, SubmittedApplication application) {
        this.sampler = Thread.ofPlatform().daemon().name("executor-memory").start(() -> {
            while (running) {
                application.applicationId().ifPresent(id -> cluster.executors(id).forEach(this::sample));
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private void sample(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kilobytes = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    peakKilobytes.merge(process.pid(), kilobytes, Math::max);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // The process ended between the listing and the read, or this is not Linux: no sample.
        }
    }

    /** @return the highest resident size seen, per executor process id, in MiB */
    public Map<Long, Long> peakMebibytes() {
        Map<Long, Long> peaks = new java.util.TreeMap<>();
        peakKilobytes.forEach((pid, kilobytes) -> peaks.put(pid, kilobytes / 1024));
        return peaks;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
