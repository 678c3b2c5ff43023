package io.newsdigest.nlp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdigest.nlp.Article;
import io.newsdigest.nlp.Digest;
import io.newsdigest.nlp.DigestOptions;
import io.newsdigest.nlp.StandardPipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The default digest of the same articles {@code bench/lexrank/lexrank-speed.cjs} summarizes with npm lexrank: the
 * first N German and N English articles of {@code <folder>/de.jsonl} and {@code en.jsonl}. Warm-up rounds first,
 * then each article's median over the measured rounds, for the whole digest and for its steps (wall time, from
 * the digest's own timings) and for the whole digest in thread CPU time; prints the median (and quartiles) over
 * the articles, in ms. One thread; the pipeline is the standard one without installed models.
 *
 * <p>Usage: {@code DigestSpeed ../shared/eval/summarization [articles per language] [rounds]}
 */
public final class DigestSpeed {

    private static final int WARM_UP_ROUNDS = 8;

    private DigestSpeed() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/eval/summarization");
        int perLanguage = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> texts = texts(folder, perLanguage);
        try (StandardPipeline pipeline = StandardPipeline.open(Set.of("de", "en"))) {
            pipeline.digest().detect("Haus"); // waits until Lingua is built
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                texts.forEach(text -> pipeline.digest().digest(Article.ofText(text), DigestOptions.defaults()));
            }
            List<String> steps = List.of("total", "language", "clean", "sentences", "figures", "summarize");
            double[][][] times = new double[steps.size()][texts.size()][rounds];
            double[][] cpu = new double[texts.size()][rounds];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            Map<String, Integer> decidedBy = new java.util.TreeMap<>();
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < texts.size(); i++) {
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    Digest digest = pipeline.digest().digest(Article.ofText(texts.get(i)), DigestOptions.defaults());
                    cpu[i][round] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                    Map<String, Double> timings = digest.timingsMs();
                    if (round == 0) {
                        decidedBy.merge(digest.language().detector(), 1, Integer::sum);
                    }
                    for (int s = 0; s < steps.size(); s++) {
                        times[s][i][round] = timings.getOrDefault(steps.get(s), 0.0);
                    }
                }
            }
            System.out.printf("DigestSpeed: %d articles, %d rounds (after %d warm-up rounds), language decided by %s;"
                    + " ms per article:%n", texts.size(), rounds, WARM_UP_ROUNDS, decidedBy);
            for (int s = 0; s < steps.size(); s++) {
                double[] medians = Arrays.stream(times[s]).mapToDouble(DigestSpeed::median).sorted().toArray();
                System.out.printf(Locale.ROOT, "  %-10s median %.3f, quartiles %.3f–%.3f%n", steps.get(s),
                        median(medians), medians[medians.length / 4], medians[medians.length * 3 / 4]);
            }
            double[] cpuMedians = Arrays.stream(cpu).mapToDouble(DigestSpeed::median).sorted().toArray();
            System.out.printf(Locale.ROOT, "  CPU time of the whole digest (thread): median %.3f, quartiles %.3f–%.3f%n",
                    median(cpuMedians), cpuMedians[cpuMedians.length / 4], cpuMedians[cpuMedians.length * 3 / 4]);
        }
    }

    /** The first {@code perLanguage} German articles, then the first {@code perLanguage} English ones. */
    static List<String> texts(Path folder, int perLanguage) throws IOException {
        List<String> texts = new ArrayList<>(articles(folder.resolve("de.jsonl"), perLanguage));
        texts.addAll(articles(folder.resolve("en.jsonl"), perLanguage));
        return texts;
    }

    private static List<String> articles(Path file, int count) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).limit(count)
                .map(line -> {
                    try {
                        return mapper.readTree(line).path("article").asText();
                    } catch (IOException e) {
                        throw new IllegalArgumentException("not JSON: " + file, e);
                    }
                }).toList();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
