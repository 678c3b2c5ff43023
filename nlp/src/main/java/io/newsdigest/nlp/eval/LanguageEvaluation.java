package io.newsdigest.nlp.eval;

import io.newsdigest.nlp.language.LanguageDetector;
import io.newsdigest.nlp.language.LanguageGuess;
import io.newsdigest.nlp.language.LinguaLanguageDetector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures language detectors on Lingua's test data ({@code <granularity>/<code>.txt}, one sample per line):
 * accuracy per language and granularity, the rate of undetermined answers, how often a confusable language is
 * wrongly called German or English, and the calibration error of the confidences. Prints Markdown.
 *
 * <p>Usage: {@code LanguageEvaluation [folder]} (default {@code ../shared/eval/langid/lingua}, or
 * {@code eval/langid/lingua} under the system property {@code newsdigest.shared}). Runs the default
 * detector and, for comparison, the same Lingua models without calibration, prior or abstention.
 */
public final class LanguageEvaluation {

    public static final List<String> GRANULARITIES = List.of("single-words", "word-pairs", "sentences");
    public static final List<String> TARGETS = List.of("de", "en");
    public static final List<String> CONFUSABLES = List.of("nl", "da", "sv", "nb", "nn", "af", "fr");

    /** Correct, undetermined and de/en answers for one language at one granularity. */
    public record Cell(int samples, int correct, int undetermined, int calledTarget) {
        double rate(int count) {
            return samples == 0 ? 0 : 100.0 * count / samples;
        }
    }

    /** The measurements of one detector. */
    public record Report(String name, Map<String, Map<String, Cell>> cells, double calibrationError,
                         double microsPerSample) {
    }

    private LanguageEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0])
                : Path.of(System.getProperty("newsdigest.shared", "../shared"), "eval", "langid", "lingua");
        if (!Files.isDirectory(folder.resolve("sentences"))) {
            System.err.println("No langid test data in " + folder.toAbsolutePath()
                    + " (expected <granularity>/<code>.txt); pass the folder as the first argument.");
            System.exit(2);
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        try (LinguaLanguageDetector chosen = LinguaLanguageDetector.builder().build()) {
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            long heapMb = (runtime.totalMemory() - runtime.freeMemory() - heapBefore) >> 20;
            System.out.printf("Default detector (Lingua high accuracy, %d languages): built in %.1f s, "
                    + "heap retained after build %d MB.%n%n", chosen.languages().size(), buildSeconds, heapMb);
            System.out.println(markdown(evaluate("LinguaLanguageDetector (default: calibrated, de/en prior 4:1, "
                    + "und below 0.35)", chosen, folder)));
            // Same models (Lingua shares them between detectors), so this second build is cheap.
            LinguaLanguageDetector raw = LinguaLanguageDetector.builder().expected(Set.of(), 1).minConfidence(0)
                    .minLetters(1).build();
            System.out.println(markdown(evaluate("Lingua restricted, raw argmax (no prior, no und)", raw, folder)));
        }
    }

    /** Runs {@code detector} over every granularity and language present in {@code folder}. */
    public static Report evaluate(String name, LanguageDetector detector, Path folder) throws IOException {
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        double[] binConfidence = new double[10];
        double[] binCorrect = new double[10];
        int[] binCount = new int[10];
        int total = 0;
        long start = System.nanoTime();
        for (String granularity : GRANULARITIES) {
            Map<String, Cell> row = new LinkedHashMap<>();
            for (String language : concat(TARGETS, CONFUSABLES)) {
                Path file = folder.resolve(granularity).resolve(language + ".txt");
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                int samples = 0, correct = 0, undetermined = 0, calledTarget = 0;
                for (String line : Files.readAllLines(file)) {
                    LanguageGuess guess = detector.detect(line);
                    samples++;
                    boolean right = guess.code().equals(language);
                    correct += right ? 1 : 0;
                    undetermined += guess.isDetermined() ? 0 : 1;
                    calledTarget += !right && TARGETS.contains(guess.code()) ? 1 : 0;
                    int bin = Math.min(9, (int) (guess.confidence() * 10));
                    binConfidence[bin] += guess.confidence();
                    binCorrect[bin] += right ? 1 : 0;
                    binCount[bin]++;
                }
                total += samples;
                row.put(language, new Cell(samples, correct, undetermined, calledTarget));
            }
            cells.put(granularity, row);
        }
        double micros = total == 0 ? 0 : (System.nanoTime() - start) / 1e3 / total;
        double error = 0;
        for (int bin = 0; bin < 10; bin++) {
            error += Math.abs(binCorrect[bin] - binConfidence[bin]) / Math.max(1, total);
        }
        return new Report(name, cells, error, micros);
    }

    /** One Markdown table per detector: accuracy (undetermined) for de/en, accuracy · called de/en otherwise. */
    public static String markdown(Report report) {
        StringBuilder out = new StringBuilder("#### " + report.name() + "\n\n");
        out.append("| language | single words | word pairs | sentences |\n|---|---|---|---|\n");
        for (String language : concat(TARGETS, CONFUSABLES)) {
            if (report.cells().values().stream().noneMatch(row -> row.containsKey(language))) {
                continue;
            }
            out.append("| ").append(language);
            for (String granularity : GRANULARITIES) {
                Cell cell = report.cells().getOrDefault(granularity, Map.of()).get(language);
                out.append(" | ").append(cell == null ? "–" : format(language, cell));
            }
            out.append(" |\n");
        }
        out.append("| **confusables called de/en**");
        for (String granularity : GRANULARITIES) {
            int samples = 0, called = 0;
            for (Map.Entry<String, Cell> entry : report.cells().getOrDefault(granularity, Map.of()).entrySet()) {
                if (CONFUSABLES.contains(entry.getKey())) {
                    samples += entry.getValue().samples();
                    called += entry.getValue().calledTarget();
                }
            }
            out.append(String.format(" | **%.1f %%**", samples == 0 ? 0 : 100.0 * called / samples));
        }
        out.append(String.format(" |%n%nExpected calibration error (10 bins, all samples): %.3f; %.0f µs per sample.%n",
                report.calibrationError(), report.microsPerSample()));
        return out.toString();
    }

    private static String format(String language, Cell cell) {
        if (TARGETS.contains(language)) {
            return String.format("%.1f %% (und %.1f %%)", cell.rate(cell.correct()), cell.rate(cell.undetermined()));
        }
        return String.format("%.1f %% · de/en %.1f %%", cell.rate(cell.correct()), cell.rate(cell.calledTarget()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
