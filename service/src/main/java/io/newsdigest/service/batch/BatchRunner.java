package io.newsdigest.service.batch;

import io.newsdigest.json.DigestJson;
import io.newsdigest.nlp.NewsDigest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Digests records in parallel and writes them in input order. The calling thread reads and writes; a fixed pool
 * of workers digests, with at most four records per worker in flight, so memory stays flat and a slow disk holds
 * the reading back. Input order makes the output a prefix of the final file at every moment, which is what the
 * checkpoint relies on. One run per instance; not thread-safe.
 */
final class BatchRunner {

    private final RecordDigester digester;
    private final int threads;

    BatchRunner(NewsDigest digest, DigestJson json, BatchSettings settings) {
        this.digester = new RecordDigester(digest, json, settings);
        this.threads = settings.threads();
    }

    /** Digests every remaining record of {@code source} into {@code output}; returns this run's counts. */
    Counts run(ArticleSource source, BatchOutput output, ProgressDisplay progress) throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("batch-worker-", 0).daemon().factory());
        Counts counts = new Counts();
        try {
            Deque<Future<RecordDigester.Output>> inFlight = new ArrayDeque<>();
            for (Optional<InputRecord> next = source.next(); next.isPresent(); next = source.next()) {
                InputRecord record = next.get();
                inFlight.add(workers.submit(() -> digester.digest(record)));
                if (inFlight.size() >= threads * 4) {
                    counts.add(output, inFlight.poll(), progress);
                }
            }
            while (!inFlight.isEmpty()) {
                counts.add(output, inFlight.poll(), progress);
            }
            return counts;
        } finally {
            workers.shutdownNow();
        }
    }

    /** What this run wrote. */
    static final class Counts {
        private final long start = System.nanoTime();
        private final long cpuStart = processCpuNanos();
        long records;
        long failed;

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - start);
        }

        /** CPU time of the whole process since the run started; zero when the JVM cannot tell. */
        Duration cpu() {
            long now = processCpuNanos();
            return cpuStart < 0 || now < 0 ? Duration.ZERO : Duration.ofNanos(now - cpuStart);
        }

        private static long processCpuNanos() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
        }

        private void add(BatchOutput output, Future<RecordDigester.Output> next, ProgressDisplay progress)
                throws IOException {
            RecordDigester.Output record;
            try {
                record = next.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for a record");
            } catch (ExecutionException e) {
                throw new IllegalStateException("a record failed outside its own error handling", e.getCause());
            }
            output.write(record);
            records++;
            failed += record.failed() ? 1 : 0;
            progress.update(records, failed);
        }
    }
}
