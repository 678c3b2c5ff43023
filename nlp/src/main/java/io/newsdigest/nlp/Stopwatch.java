package io.newsdigest.nlp;

import java.util.LinkedHashMap;
import java.util.Map;

/** Milliseconds per pipeline step. */
final class Stopwatch {
    private final long start = System.nanoTime();
    private long last = start;
    private final Map<String, Double> timings = new LinkedHashMap<>();

    void lap(String step) {
        long now = System.nanoTime();
        timings.put(step, (now - last) / 1_000_000.0);
        last = now;
    }

    Map<String, Double> timings() {
        timings.put("total", (System.nanoTime() - start) / 1_000_000.0);
        return timings;
    }
}
