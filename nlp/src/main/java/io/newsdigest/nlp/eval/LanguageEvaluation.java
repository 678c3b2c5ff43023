package io.newsdigest.nlp.eval;

import io.newsdigest.models.BundledModels;
import io.newsdigest.nlp.language.CascadeLanguageDetector;
import io.newsdigest.nlp.language.FastTextLanguageDetector;
import io.newsdigest.nlp.language.LanguageDetector;
import io.newsdigest.nlp.language.LanguageGuess;
import io.newsdigest.nlp.language.LinguaLanguageDetector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code eval/langid/lingua} under the system property {@code newsdigest.shared}). Runs the bundled ONNX model
 * alone, the default Lingua detector alone, their combination ({@link CascadeLanguageDetector}) with its tuned
 * thresholds, the two-fold check of those thresholds ({@link CascadeThresholdSearch}) and, for comparison, the
 * same Lingua models without calibration, prior or abstention.
 */
public final class LanguageEvaluation {

    public static final List<String> GRANULARITIES = List.of("single-words", "word-pairs", "sentences");
    public static final List<String> TARGETS = List.of("de", "en");
    public static final List<String> CONFUSABLES = List.of("nl", "da", "sv", "nb", "nn", "af", "fr");

    /** One test line: its granularity, expected language, position in its file and text. */
    public record Sample(String granularity, String language, int line, String text) {
    }

    /** Correct, undetermined and de/en answers for one language at one granularity. */
    public record Cell(int samples, int correct, int undetermined, int calledTarget) {
        double rate(int count) {
            return samples == 0 ? 0 : 100.0 * count / samples;
        }
    }

    /** The measurements of one detector, and its answer for every sample (in sample order). */
    public record Report(String name, Map<String, Map<String, Cell>> cells, double calibrationError,
                         double microsPerSample, List<LanguageGuess> guesses) {
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
        List<Sample> samples = samples(folder);
        long start = System.nanoTime();
        try (BundledModels bundled = BundledModels.open();
             FastTextLanguageDetector fast = FastTextLanguageDetector.builder()
                     .open(bundled.store().requireVerified(BundledModels.LANGUAGE_ID))) {
            System.out.printf("ONNX model %s: verified and loaded in %.2f s.%n", fast.name(),
                    (System.nanoTime() - start) / 1e9);
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long heapBefore = runtime.totalMemory() - runtime.freeMemory();
            start = System.nanoTime();
            try (LinguaLanguageDetector lingua = LinguaLanguageDetector.builder().build()) {
                double buildSeconds = (System.nanoTime() - start) / 1e9;
                System.gc();
                long heapMb = (runtime.totalMemory() - runtime.freeMemory() - heapBefore) >> 20;
                System.out.printf("Lingua high accuracy, %d languages: built in %.1f s, heap retained after build"
                        + " %d MB.%n%n", lingua.languages().size(), buildSeconds, heapMb);
                compare(samples, fast, lingua);
                // Same models (Lingua shares them between detectors), so this second build is cheap.
                LinguaLanguageDetector raw = LinguaLanguageDetector.builder().expected(Set.of(), 1).minConfidence(0)
                        .minLetters(1).build();
                System.out.println(markdown(evaluate("Lingua restricted, raw argmax (no prior, no und)", raw,
                        samples)));
            }
        }
    }

    private static void compare(List<Sample> samples, FastTextLanguageDetector fast, LinguaLanguageDetector lingua) {
        Report onnx = evaluate("ONNX alone: " + fast.name() + " (und below 0.35)", fast, samples);
        Report careful = evaluate("Lingua alone: LinguaLanguageDetector (calibrated, de/en prior 4:1, und below 0.35)",
                lingua, samples);
        CascadeLanguageDetector cascade = CascadeLanguageDetector.withDefaults(fast, lingua);
        Report combined = evaluate("Combination: CascadeLanguageDetector (" + fast.name() + " from "
                + CascadeLanguageDetector.DEFAULT_MIN_LETTERS + " letters at confidence ≥ "
                + CascadeLanguageDetector.DEFAULT_MIN_CONFIDENCE + ", else Lingua)", cascade, samples);
        System.out.println(summary(List.of(onnx, careful, combined)));
        System.out.println(decidedBy(samples, combined, fast.name()));
        for (Report report : List.of(onnx, careful, combined)) {
            System.out.println(markdown(report));
        }
        System.out.println(CascadeThresholdSearch.twoFold(samples, onnx.guesses(), careful.guesses(), fast, lingua));
    }

    /** Every line of every granularity and language present in {@code folder}, in a fixed order. */
    public static List<Sample> samples(Path folder) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (String granularity : GRANULARITIES) {
            for (String language : concat(TARGETS, CONFUSABLES)) {
                Path file = folder.resolve(granularity).resolve(language + ".txt");
                if (Files.isRegularFile(file)) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        samples.add(new Sample(granularity, language, i, lines.get(i)));
                    }
                }
            }
        }
        return samples;
    }

    /** Runs {@code detector} over every granularity and language present in {@code folder}. */
    public static Report evaluate(String name, LanguageDetector detector, Path folder) throws IOException {
        return evaluate(name, detector, samples(folder));
    }

    /** Runs {@code detector} over {@code samples}, one call per sample. */
    public static Report evaluate(String name, LanguageDetector detector, List<Sample> samples) {
        List<LanguageGuess> guesses = new ArrayList<>(samples.size());
        long start = System.nanoTime();
        for (Sample sample : samples) {
            guesses.add(detector.detect(sample.text()));
        }
        double micros = samples.isEmpty() ? 0 : (System.nanoTime() - start) / 1e3 / samples.size();
        return score(name, samples, guesses, micros);
    }

    /** Scores given answers; {@code guesses} are aligned with {@code samples}. */
    public static Report score(String name, List<Sample> samples, List<LanguageGuess> guesses, double micros) {
        Map<String, Map<String, int[]>> counts = new LinkedHashMap<>();
        double[] binConfidence = new double[10];
        double[] binCorrect = new double[10];
        for (int i = 0; i < samples.size(); i++) {
            Sample sample = samples.get(i);
            LanguageGuess guess = guesses.get(i);
            int[] cell = counts.computeIfAbsent(sample.granularity(), g -> new LinkedHashMap<>())
                    .computeIfAbsent(sample.language(), l -> new int[4]);
            boolean right = guess.code().equals(sample.language());
            cell[0]++;
            cell[1] += right ? 1 : 0;
            cell[2] += guess.isDetermined() ? 0 : 1;
            cell[3] += !right && TARGETS.contains(guess.code()) ? 1 : 0;
            int bin = Math.min(9, (int) (guess.confidence() * 10));
            binConfidence[bin] += guess.confidence();
            binCorrect[bin] += right ? 1 : 0;
        }
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        counts.forEach((granularity, row) -> {
            Map<String, Cell> out = new LinkedHashMap<>();
            row.forEach((language, c) -> out.put(language, new Cell(c[0], c[1], c[2], c[3])));
            cells.put(granularity, out);
        });
        double error = 0;
        for (int bin = 0; bin < 10; bin++) {
            error += Math.abs(binCorrect[bin] - binConfidence[bin]) / Math.max(1, samples.size());
        }
        return new Report(name, cells, error, micros, List.copyOf(guesses));
    }

    /** @return accuracy of de and en together at {@code granularity}, in [0, 1] */
    public static double targetAccuracy(Report report, String granularity) {
        return rate(report, granularity, TARGETS, Cell::correct);
    }

    /** @return how often a confusable language was called de or en at {@code granularity}, in [0, 1] */
    public static double confusablesCalledTarget(Report report, String granularity) {
        return rate(report, granularity, CONFUSABLES, Cell::calledTarget);
    }

    private static double rate(Report report, String granularity, List<String> languages,
                               java.util.function.ToIntFunction<Cell> count) {
        int samples = 0, counted = 0;
        for (Map.Entry<String, Cell> entry : report.cells().getOrDefault(granularity, Map.of()).entrySet()) {
            if (languages.contains(entry.getKey())) {
                samples += entry.getValue().samples();
                counted += count.applyAsInt(entry.getValue());
            }
        }
        return samples == 0 ? 0 : (double) counted / samples;
    }

    /** The rows the targets are set on, one column per detector. */
    public static String summary(List<Report> reports) {
        StringBuilder out = new StringBuilder("#### Summary\n\n| row |");
        reports.forEach(r -> out.append(" ").append(r.name().replaceAll(":.*", "")).append(" |"));
        out.append("\n|---|").append("---|".repeat(reports.size())).append("\n");
        for (String granularity : List.of("sentences", "word-pairs", "single-words")) {
            out.append("| de/en ").append(granularity);
            reports.forEach(r -> out.append(String.format(" | %.4f", targetAccuracy(r, granularity))));
            out.append(" |\n");
        }
        for (String granularity : List.of("sentences", "word-pairs", "single-words")) {
            out.append("| confusables called de/en, ").append(granularity);
            reports.forEach(r -> out.append(String.format(" | %.4f", confusablesCalledTarget(r, granularity))));
            out.append(" |\n");
        }
        out.append("| µs per sample");
        reports.forEach(r -> out.append(String.format(" | %.0f", r.microsPerSample())));
        return out.append(" |\n").toString();
    }

    /** @return per granularity, the share of samples whose answer came from the detector named {@code name} */
    static String decidedBy(List<Sample> samples, Report report, String name) {
        StringBuilder out = new StringBuilder("Share decided by " + name + " in " + report.name().replaceAll(":.*", "")
                + ":");
        for (String granularity : GRANULARITIES) {
            int total = 0, decided = 0;
            for (int i = 0; i < samples.size(); i++) {
                if (samples.get(i).granularity().equals(granularity)) {
                    total++;
                    decided += name.equals(report.guesses().get(i).detector()) ? 1 : 0;
                }
            }
            out.append(String.format(" %s %.1f %%;", granularity, total == 0 ? 0 : 100.0 * decided / total));
        }
        return out.append("\n").toString();
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
            out.append(String.format(" | **%.1f %%**", 100 * confusablesCalledTarget(report, granularity)));
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
