package io.newsdigest.service.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A closed-loop load generator for the running service: {@code C} connections each send the next request as soon
 * as the last one is answered. Requests are real articles from a folder ({@link ArticleCorpus}), posted to
 * {@code /v1/summarize} in turn; {@code --get} sends plain GETs instead (health on a keep-alive connection), and
 * {@code --body JSON} posts that one body every time.
 * Concurrencies are measured in alternation, round after round, so that a change in the machine's load hits all
 * of them alike. Each run prints one Markdown table row: throughput, latency percentiles, status counts, the
 * server's CPU per request and resident memory (from {@code /proc}, for the process given with {@code --pid}
 * and its children) and the load average. {@code --rss-every S} samples the resident memory during a run (the
 * soak). Run it with {@code java -cp service/target/test-classes:service/target/newsdigest.jar
 * io.newsdigest.service.bench.LoadGenerator --help}; the commands behind the figures are in
 * {@code docs/benchmarks.md}.
 */
public final class LoadGenerator {

    private static final String USAGE = """
            usage: LoadGenerator --url URL [--articles FOLDER] [--concurrency 1,2] [--rounds 3]
                                 [--duration SECONDS | --requests N] [--warmup SECONDS] [--pid PID]
                                 [--rss-every SECONDS] [--language-given] [--target LANG]
                                 [--get | --body JSON]
            """;

    private final Map<String, String> options;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI url;
    private final List<byte[]> bodies;
    private final ProcessStats server;

    private LoadGenerator(Map<String, String> options) {
        this.options = options;
        this.url = URI.create(required("url"));
        this.server = new ProcessStats(Long.parseLong(options.getOrDefault("pid", "0")));
        this.bodies = options.containsKey("get") ? List.of()
                : options.containsKey("body") ? List.of(options.get("body").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : bodies(ArticleCorpus.read(Path.of(required("articles"))));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        if (options.containsKey("help") || !options.containsKey("url")) {
            System.out.print(USAGE);
            return;
        }
        new LoadGenerator(options).measure();
    }

    private void measure() throws Exception {
        List<Integer> concurrencies = Arrays.stream(options.getOrDefault("concurrency", "1,2").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "1"));
        long warmup = Long.parseLong(options.getOrDefault("warmup", "0"));
        if (warmup > 0) {
            int most = concurrencies.stream().max(Integer::compare).orElse(1);
            run(most, Duration.ofSeconds(warmup), 0, false);
        }
        System.out.println("| round | connections | requests | seconds | req/s | mean | p50 | p95 | p99 | statuses"
                + " | server CPU per request | cores busy | RSS MB | load 1 min (start → end) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        Map<Integer, List<Double>> rates = new TreeMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (int concurrency : concurrencies) {
                Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "20")));
                long requests = Long.parseLong(options.getOrDefault("requests", "0"));
                Result result = run(concurrency, duration, requests, options.containsKey("rss-every"));
                System.out.println(result.row(round));
                rates.computeIfAbsent(concurrency, c -> new ArrayList<>()).add(result.rate());
            }
        }
        if (concurrencies.size() > 1) {
            double base = median(rates.get(concurrencies.getFirst()));
            for (int concurrency : concurrencies) {
                double rate = median(rates.get(concurrency));
                System.out.printf(Locale.ROOT, "median over %d rounds, %d connections: %.1f req/s (%.2f× %d connection%s)%n",
                        rounds, concurrency, rate, rate / base, concurrencies.getFirst(),
                        concurrencies.getFirst() == 1 ? "" : "s");
            }
        }
    }

    /** One run: {@code concurrency} connections for {@code duration}, or until {@code requests} are answered. */
    private Result run(int concurrency, Duration duration, long requests, boolean traceMemory) throws Exception {
        AtomicLong next = new AtomicLong();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        double loadBefore = ProcessStats.loadAverage();
        long cpuBefore = server.cpuTicks();
        long start = System.nanoTime();
        long deadline = requests > 0 ? Long.MAX_VALUE : start + duration.toNanos();
        List<Connection> connections = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            connections.add(new Connection(next, requests, deadline, statuses));
        }
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            threads.add(Thread.ofPlatform().name("load-" + t).start(connections.get(t)));
        }
        awaitAll(threads, traceMemory ? start : -1, statuses);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = connections.stream().flatMapToLong(c -> Arrays.stream(c.latencies())).sorted().toArray();
        Map<Integer, Long> counted = new TreeMap<>();
        statuses.forEach((status, adder) -> counted.put(status, adder.sum()));
        return new Result(concurrency, seconds, all, counted, (server.cpuTicks() - cpuBefore) / 100.0, server.rssKilobytes(),
                loadBefore, ProcessStats.loadAverage());
    }

    /** One connection's loop: the next request as soon as the last is answered, until the run ends. */
    private final class Connection implements Runnable {
        private final AtomicLong next;
        private final long requests;
        private final long deadline;
        private final Map<Integer, LongAdder> statuses;
        private long[] latencies = new long[1024];
        private int count;

        Connection(AtomicLong next, long requests, long deadline, Map<Integer, LongAdder> statuses) {
            this.next = next;
            this.requests = requests;
            this.deadline = deadline;
            this.statuses = statuses;
        }

        @Override
        public void run() {
            while (System.nanoTime() < deadline) {
                long i = next.getAndIncrement();
                if (requests > 0 && i >= requests) {
                    return;
                }
                long sent = System.nanoTime();
                int status = send(i);
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = System.nanoTime() - sent;
                statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
            }
        }

        /** Read after the thread has ended. */
        long[] latencies() {
            return Arrays.copyOf(latencies, count);
        }
    }

    /** Waits for the connections; with {@code traceFrom} ≥ 0, prints the resident memory every --rss-every s. */
    private void awaitAll(List<Thread> threads, long traceFrom, Map<Integer, LongAdder> statuses)
            throws InterruptedException {
        long every = Long.parseLong(options.getOrDefault("rss-every", "0")) * 1_000_000_000L;
        long nextTrace = traceFrom;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                thread.join(Duration.ofMillis(200));
                if (traceFrom >= 0 && System.nanoTime() >= nextTrace) {
                    System.out.printf(Locale.ROOT, "rss t=%.0fs answered=%d rss=%d MB%n",
                            (System.nanoTime() - traceFrom) / 1e9,
                            statuses.values().stream().mapToLong(LongAdder::sum).sum(), server.rssKilobytes() / 1024);
                    nextTrace += every;
                }
            }
        }
    }

    private int send(long i) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(120));
        if (bodies.isEmpty()) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get((int) (i % bodies.size()))));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private List<byte[]> bodies(ArticleCorpus corpus) {
        ObjectMapper mapper = new ObjectMapper();
        boolean languageGiven = options.containsKey("language-given");
        String target = options.getOrDefault("target", "en");
        List<byte[]> bodies = new ArrayList<>();
        for (ArticleCorpus.Article article : corpus.articles()) {
            ObjectNode body = mapper.createObjectNode().put("text", article.text()).put("maxSentences", 3);
            if (!target.isBlank()) {
                body.put("targetLanguage", target);
            }
            if (languageGiven) {
                article.language().ifPresent(language -> body.put("language", language));
            }
            try {
                bodies.add(mapper.writeValueAsBytes(body));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return bodies;
    }

    private record Result(int concurrency, double seconds, long[] latencies, Map<Integer, Long> statuses,
                          double serverCpuSeconds, long rssKilobytes, double loadBefore, double loadAfter) {

        double rate() {
            return statuses.getOrDefault(200, 0L) / seconds;
        }

        String row(int round) {
            long answered = latencies.length;
            double mean = Arrays.stream(latencies).average().orElse(0) / 1e6;
            String statusText = statuses.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .reduce((a, b) -> a + ", " + b).orElse("");
            String cpu = serverCpuSeconds > 0 && answered > 0
                    ? String.format(Locale.ROOT, "%.1f ms", serverCpuSeconds * 1000 / answered) : "–";
            String busy = serverCpuSeconds > 0 ? String.format(Locale.ROOT, "%.2f", serverCpuSeconds / seconds) : "–";
            String rss = rssKilobytes > 0 ? String.valueOf(rssKilobytes / 1024) : "–";
            return String.format(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s | %s | %s | %s | %.2f → %.2f |",
                    round, concurrency, answered, seconds, rate(), mean, percentile(50), percentile(95),
                    percentile(99), statusText, cpu, busy, rss, loadBefore, loadAfter);
        }

        double percentile(double p) {
            if (latencies.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, index))] / 1e6;
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private String required(String key) {
        String value = options.get(key);
        if (value == null) {
            throw new IllegalArgumentException("--" + key + " is required\n" + USAGE);
        }
        return value;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i] + "\n" + USAGE);
            }
            String key = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(key, flag ? "" : args[++i]);
        }
        return options;
    }
}
