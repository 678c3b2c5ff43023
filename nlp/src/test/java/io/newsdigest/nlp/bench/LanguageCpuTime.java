package io.newsdigest.nlp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The operations of {@link LanguageBenchmark}, timed in CPU time of the measuring thread rather than wall-clock
 * time, so that a machine shared with other work still gives usable figures: per operation, the median over
 * rounds of (thread CPU time of the round / calls in the round). Wall-clock figures come from JMH.
 *
 * <p>Usage: {@code LanguageCpuTime [rounds] [calls per round]}
 */
public final class LanguageCpuTime {

    private LanguageCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String language : new String[]{"de", "en"}) {
            LanguageBenchmark bench = new LanguageBenchmark();
            bench.language = language;
            bench.setUp();
            try {
                Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
                operations.put("articleOnnx", bench::articleOnnx);
                operations.put("articleCascade", bench::articleCascade);
                operations.put("articleLingua", bench::articleLingua);
                operations.put("detectEndpointNow", bench::detectEndpointNow);
                operations.put("detectEndpointLinguaOnly", bench::detectEndpointLinguaOnly);
                operations.put("sentenceOnnx", bench::sentenceOnnx);
                operations.put("sentenceLingua", bench::sentenceLingua);
                operations.put("allSentencesOnnx", bench::allSentencesOnnx);
                System.out.printf("%s (%s): decided by %s%n", language, "articleCascade",
                        bench.articleCascade().detector());
                for (Map.Entry<String, Supplier<Object>> operation : operations.entrySet()) {
                    int n = operation.getKey().contains("Lingua") ? Math.max(10, calls / 10) : calls;
                    double[] perCall = new double[rounds];
                    for (int round = -3; round < rounds; round++) {
                        long start = threads.getCurrentThreadCpuTime();
                        for (int i = 0; i < n; i++) {
                            operation.getValue().get();
                        }
                        if (round >= 0) {
                            perCall[round] = (threads.getCurrentThreadCpuTime() - start) / 1e3 / n;
                        }
                    }
                    Arrays.sort(perCall);
                    System.out.printf(Locale.ROOT, "  %-26s %s %10.1f µs CPU per call (quartiles %.1f–%.1f)%n",
                            operation.getKey(), language, perCall[rounds / 2], perCall[rounds / 4],
                            perCall[rounds * 3 / 4]);
                }
            } finally {
                bench.tearDown();
            }
        }
    }
}
