package io.newsdigest.nlp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.nlp.onnx.EngineOptions;
import io.newsdigest.nlp.onnx.GenerationConfig;
import io.newsdigest.nlp.onnx.Hypothesis;
import io.newsdigest.nlp.onnx.Seq2SeqModel;
import io.newsdigest.nlp.onnx.TinyModels;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Greedy decoding speed of the engine on the tiny models, measured the same way as
 * {@code models/tiny/check/greedy-speed.mjs} measures transformers.js, so the two can be run back to back:
 * every greedy reference input decoded one at a time (batch 1, one intra-op thread), a warm-up of whole rounds,
 * then timed rounds; a round decodes every input once. Prints one Markdown row per model and layout with medians
 * over the rounds. Before timing, the outputs are checked against {@code reference.json}, so both programs do
 * the same work. Not a test: it asserts nothing about time.
 *
 * <p>Arguments: {@code [timed rounds, default 200] [warm-up rounds, default 50]}.
 */
public final class GreedySpeed {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private GreedySpeed() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        System.out.println("| model | runtime, layout | inputs | tokens/round | ms per sentence | µs per token | tokens/s | CPU µs per token |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        for (String family : List.of("marian", "bart")) {
            Path folder = TinyModels.byFamily(family).orElseThrow(() -> new IllegalStateException(
                    "tiny " + family + " model not found under models/tiny/; run from the nlp module"));
            for (EngineOptions.Layout layout : List.of(EngineOptions.Layout.SPLIT, EngineOptions.Layout.MERGED)) {
                measure(folder, layout, rounds, warmup);
            }
        }
    }

    private static void measure(Path folder, EngineOptions.Layout layout, int rounds, int warmup) {
        JsonNode reference = TinyModels.reference(folder);
        List<long[]> inputs = new ArrayList<>();
        List<List<Long>> expected = new ArrayList<>();
        reference.path("greedy").path("cases").forEach(c -> {
            inputs.add(TinyModels.ids(c.path("input_ids")));
            expected.add(TinyModels.idList(c.path("output_ids")));
        });
        try (Seq2SeqModel model = Seq2SeqModel.open(folder,
                EngineOptions.builder().intraOpThreads(1).layout(layout).build())) {
            GenerationConfig greedy = model.generationDefaults().toBuilder().numBeams(1).numReturnSequences(1).build();
            int tokens = 0;
            for (int i = 0; i < inputs.size(); i++) {
                List<Long> ids = model.generate(List.of(inputs.get(i)), greedy).get(0).get(0).tokenIds();
                if (!ids.equals(expected.get(i))) {
                    throw new IllegalStateException(model.id() + " input " + i + ": " + ids + " differs from reference " + expected.get(i));
                }
                tokens += ids.size();
            }
            for (int r = 0; r < warmup; r++) {
                round(model, inputs, greedy);
            }
            long[] wall = new long[rounds];
            long[] cpu = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                round(model, inputs, greedy);
                wall[r] = System.nanoTime() - start;
                cpu[r] = THREADS.getCurrentThreadCpuTime() - cpuStart;
            }
            double wallRound = median(wall);
            double cpuRound = median(cpu);
            System.out.printf(Locale.ROOT, "| %s | engine (Java), %s | %d | %d | %.3f | %.1f | %.0f | %.1f |%n",
                    model.id(), layout.name().toLowerCase(Locale.ROOT), inputs.size(), tokens,
                    wallRound / inputs.size() / 1e6, wallRound / tokens / 1e3, tokens / (wallRound / 1e9),
                    cpuRound / tokens / 1e3);
        }
    }

    // One input per call: batch 1, as in the transformers.js script.
    private static void round(Seq2SeqModel model, List<long[]> inputs, GenerationConfig greedy) {
        for (long[] input : inputs) {
            List<List<Hypothesis>> out = model.generate(List.of(input), greedy);
            if (out.isEmpty()) {
                throw new IllegalStateException("no output");
            }
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
