package io.newsdigest.nlp.bench;

import ai.onnxruntime.OrtException;
import io.newsdigest.nlp.onnx.EngineOptions;
import io.newsdigest.nlp.onnx.GenerationConfig;
import io.newsdigest.nlp.onnx.Hypothesis;
import io.newsdigest.nlp.onnx.Seq2SeqModel;
import io.newsdigest.nlp.onnx.TinyModels;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Decoding speed of the engine on the tiny Marian model: greedy against beam 4, with and without the
 * key/value cache, one input against a batch of 8, split against merged decoder. The primary score is
 * generate() calls per second; the {@code tokens} counter is generated tokens per second (best hypothesis of
 * every row, end token included), whose inverse at batch 1 is the per-token decode latency.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Seq2SeqBenchmark {

    @Param({"1", "4"})
    public int beams;

    @Param({"true", "false"})
    public boolean kvCache;

    @Param({"1", "8"})
    public int batch;

    @Param({"SPLIT", "MERGED"})
    public String layout;

    private Seq2SeqModel model;
    private List<long[]> inputs;
    private GenerationConfig generation;

    /**
     * Generated tokens and the benchmark thread's CPU time in microseconds, both reported by JMH as rates; their
     * ratio is the CPU time per token, which holds up on a machine shared with other work where wall-clock
     * rates do not (ONNX Runtime computes on the calling thread with one intra-op thread).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Tokens {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public long tokens;
        public long cpuMicros;

        @Setup(Level.Iteration)
        public void reset() {
            tokens = 0;
            cpuMicros = 0;
        }

        long cpuNow() {
            return THREADS.getCurrentThreadCpuTime();
        }

        void count(long generated, long cpuStart) {
            tokens += generated;
            cpuMicros += (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1000;
        }
    }

    @Setup
    public void open() {
        Path folder = TinyModels.byFamily("marian").orElseThrow(() -> new IllegalStateException(
                "tiny Marian model not found under models/tiny/; run from the nlp module or set -Dnewsdigest.tinyModels"));
        model = Seq2SeqModel.open(folder, EngineOptions.builder().kvCache(kvCache).intraOpThreads(1)
                .layout(EngineOptions.Layout.valueOf(layout)).maxBatchSize(8).build());
        List<long[]> cases = new ArrayList<>();
        TinyModels.reference(folder).path("greedy").path("cases")
                .forEach(example -> cases.add(TinyModels.ids(example.path("input_ids"))));
        inputs = new ArrayList<>();
        for (int i = 0; i < batch; i++) {
            inputs.add(cases.get(i % cases.size()));
        }
        generation = model.generationDefaults().toBuilder().numBeams(beams).numReturnSequences(1).build();
    }

    @TearDown
    public void close() {
        model.close();
    }

    @Benchmark
    public List<List<Hypothesis>> generate(Tokens counter) {
        long cpuStart = counter.cpuNow();
        List<List<Hypothesis>> outputs = model.generate(inputs, generation);
        long generated = 0;
        for (List<Hypothesis> output : outputs) {
            generated += output.get(0).tokenIds().size();
        }
        counter.count(generated, cpuStart);
        return outputs;
    }

    /**
     * The floor the engine is measured against: {@link RawGreedyLoop}, the same greedy decoding of the first
     * input written directly on ONNX Runtime's split-layout sessions with nothing else, plainly ({@code greedy})
     * and with the ONNX Runtime features the engine uses ({@code greedyReusingBuffers}). The engine's overhead per
     * token is its time per token minus the floor's. {@link EngineOverhead} runs the two alternately in one JVM,
     * which a shared machine distorts less than two forks run one after the other.
     */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public static class RawOnnxRuntime {
        private RawGreedyLoop loop;
        private long[] input;
        private long[] output;

        @Setup
        public void open() throws OrtException {
            Path folder = TinyModels.byFamily("marian").orElseThrow();
            input = TinyModels.ids(TinyModels.reference(folder).path("greedy").path("cases").get(0).path("input_ids"));
            loop = new RawGreedyLoop(folder);
            output = new long[loop.maxLength()];
        }

        @TearDown
        public void close() throws OrtException {
            loop.close();
        }

        @Benchmark
        public long greedy(Tokens counter) throws OrtException {
            long cpuStart = counter.cpuNow();
            long generated = loop.greedy(input, output);
            counter.count(generated, cpuStart);
            return generated;
        }

        /** The floor written with the ONNX Runtime features the engine uses (see {@link RawGreedyLoop}). */
        @Benchmark
        public long greedyReusingBuffers(Tokens counter) throws OrtException {
            long cpuStart = counter.cpuNow();
            long generated = loop.greedyReusingBuffers(input, output);
            counter.count(generated, cpuStart);
            return generated;
        }
    }
}
