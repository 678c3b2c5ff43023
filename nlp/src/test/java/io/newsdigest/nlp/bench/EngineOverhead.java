package io.newsdigest.nlp.bench;

import ai.onnxruntime.OrtException;
import io.newsdigest.nlp.onnx.EngineOptions;
import io.newsdigest.nlp.onnx.GenerationConfig;
import io.newsdigest.nlp.onnx.Seq2SeqModel;
import io.newsdigest.nlp.onnx.TinyModels;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The engine's CPU time per token against {@link RawGreedyLoop}'s on the tiny Marian model (greedy, batch 1, KV
 * cache, split layout, one intra-op thread, the first reference input), measured in one JVM: blocks of calls of
 * the one and of the other alternate (which goes first alternates too), so a neighbour's load falls on both
 * alike. Each block gives the CPU time of this thread per generated token; a round pairs one block of each.
 * Prints the medians over the rounds and the median of the per-round ratios, with the system load average. Both
 * outputs are checked against {@code reference.json} first, so both do the same work. Not a test: it asserts
 * nothing about time.
 *
 * <p>Arguments: {@code [rounds, default 40] [calls per block, default 200] [warm-up rounds, default 10]}.
 */
public final class EngineOverhead {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EngineOverhead() {
    }

    public static void main(String[] args) throws OrtException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path folder = TinyModels.byFamily("marian").orElseThrow(() -> new IllegalStateException(
                "tiny Marian model not found under models/tiny/; run from the nlp module"));
        var reference = TinyModels.reference(folder).path("greedy").path("cases").get(0);
        long[] input = TinyModels.ids(reference.path("input_ids"));
        List<Long> expected = TinyModels.idList(reference.path("output_ids"));
        try (Seq2SeqModel model = Seq2SeqModel.open(folder, EngineOptions.builder().kvCache(true).intraOpThreads(1)
                .layout(EngineOptions.Layout.SPLIT).maxBatchSize(8).build());
             RawGreedyLoop raw = new RawGreedyLoop(folder)) {
            GenerationConfig greedy = model.generationDefaults().toBuilder().numBeams(1).numReturnSequences(1).build();
            List<Long> engineIds = model.generate(List.of(input), greedy).get(0).get(0).tokenIds();
            long[] rawIds = new long[raw.maxLength()];
            List<Long> rawList = Arrays.stream(rawIds, 0, raw.greedy(input, rawIds)).boxed().toList();
            if (!engineIds.equals(expected) || !rawList.equals(expected)) {
                throw new IllegalStateException("outputs differ from the reference " + expected + ": engine "
                        + engineIds + ", raw loop " + rawList);
            }
            Block engine = () -> model.generate(List.of(input), greedy).get(0).get(0).tokenIds().size();
            Block floor = () -> raw.greedy(input, rawIds);
            for (int r = 0; r < warmup; r++) {
                perToken(floor, calls);
                perToken(engine, calls);
            }
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            double[] rawMicros = new double[rounds];
            double[] engineMicros = new double[rounds];
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                if (r % 2 == 0) {
                    rawMicros[r] = perToken(floor, calls);
                    engineMicros[r] = perToken(engine, calls);
                } else {
                    engineMicros[r] = perToken(engine, calls);
                    rawMicros[r] = perToken(floor, calls);
                }
                ratio[r] = engineMicros[r] / rawMicros[r];
            }
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            System.out.println("| rounds × calls | raw CPU µs/token (median) | engine CPU µs/token (median) "
                    + "| engine/raw, median of rounds (quartiles) | load average before → after |");
            System.out.println("|---|---:|---:|---:|---|");
            System.out.printf(Locale.ROOT, "| %d × %d | %.1f | %.1f | %+.1f %% (%+.1f %% … %+.1f %%) | %.2f → %.2f |%n",
                    rounds, calls, quantile(rawMicros, 0.5), quantile(engineMicros, 0.5),
                    100 * (quantile(ratio, 0.5) - 1), 100 * (quantile(ratio, 0.25) - 1),
                    100 * (quantile(ratio, 0.75) - 1), loadBefore, loadAfter);
        }
    }

    /** One decoding of the input; returns the number of generated tokens. */
    private interface Block {
        int call() throws OrtException;
    }

    private static double perToken(Block block, int calls) throws OrtException {
        long tokens = 0;
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
            tokens += block.call();
        }
        return (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e3 / tokens;
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double at = q * (sorted.length - 1);
        int low = (int) Math.floor(at);
        int high = (int) Math.ceil(at);
        return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
    }
}
