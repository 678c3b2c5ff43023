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
 * The engine's CPU time per token against {@link RawGreedyLoop}'s two loops on the tiny Marian model (greedy,
 * batch 1, KV cache, split layout, one intra-op thread, the first reference input), measured in one JVM: blocks of
 * calls of the three alternate (the order rotates from round to round), so a neighbour's load falls on all alike.
 * Each block gives the CPU time of this thread per generated token; a round holds one block of each. Prints the
 * medians over the rounds and the medians of the per-round ratios, with the system load average. All outputs are
 * checked against {@code reference.json} first, so all do the same work. Not a test: it asserts nothing about
 * time.
 *
 * <p>CPU µs per token are printed; arguments: {@code [rounds, default 40] [calls per block, default 200] [warm-up rounds, default 10]}.
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
            long[] rawIds = new long[raw.maxLength()];
            List<Block> blocks = List.of(
                    () -> raw.greedy(input, rawIds),
                    () -> raw.greedyReusingBuffers(input, rawIds),
                    () -> model.generate(List.of(input), greedy).get(0).get(0).tokenIds().size());
            check(expected, model.generate(List.of(input), greedy).get(0).get(0).tokenIds(), "engine");
            check(expected, Arrays.stream(rawIds, 0, raw.greedy(input, rawIds)).boxed().toList(), "plain loop");
            check(expected, Arrays.stream(rawIds, 0, raw.greedyReusingBuffers(input, rawIds)).boxed().toList(),
                    "loop reusing buffers");
            for (int r = 0; r < warmup; r++) {
                for (Block block : blocks) {
                    perToken(block, calls);
                }
            }
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            double[][] micros = new double[blocks.size()][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < blocks.size(); k++) {
                    int which = (r + k) % blocks.size();
                    micros[which][r] = perToken(blocks.get(which), calls);
                }
            }
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            System.out.println("| rounds × calls | plain loop | loop reusing buffers | engine | engine / plain loop "
                    + "| engine / loop reusing buffers | load average before → after |");
            System.out.println("|---|---:|---:|---:|---:|---:|---|");
            System.out.printf(Locale.ROOT, "| %d × %d | %.1f | %.1f | %.1f | %s | %s | %.2f → %.2f |%n",
                    rounds, calls, quantile(micros[0], 0.5), quantile(micros[1], 0.5), quantile(micros[2], 0.5),
                    ratio(micros[2], micros[0]), ratio(micros[2], micros[1]), loadBefore, loadAfter);
        }
    }

    private static void check(List<Long> expected, List<Long> actual, String what) {
        if (!actual.equals(expected)) {
            throw new IllegalStateException(what + " gives " + actual + ", not the reference " + expected);
        }
    }

    /** @return the median of the per-round ratios as a change in percent, with the quartiles in brackets */
    private static String ratio(double[] engine, double[] floor) {
        double[] ratios = new double[engine.length];
        for (int r = 0; r < ratios.length; r++) {
            ratios[r] = engine[r] / floor[r] - 1;
        }
        return String.format(Locale.ROOT, "%+.1f %% (%+.1f … %+.1f)", 100 * quantile(ratios, 0.5),
                100 * quantile(ratios, 0.25), 100 * quantile(ratios, 0.75));
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
