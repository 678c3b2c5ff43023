package io.newsdigest.nlp.bench;

import io.newsdigest.nlp.StandardPipeline;
import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.figures.KeyFigureExtractor;
import io.newsdigest.nlp.figures.LocaleFigureRenderer;
import io.newsdigest.nlp.figures.RuleBasedFigureExtractor;
import io.newsdigest.nlp.language.LanguageDetector;
import io.newsdigest.nlp.language.LanguageGuess;
import io.newsdigest.nlp.summarize.LeadCentralitySummarizer;
import io.newsdigest.nlp.summarize.SummaryInput;
import io.newsdigest.nlp.summarize.SummaryOptions;
import io.newsdigest.nlp.summarize.SummaryWeights;
import io.newsdigest.nlp.text.CleanArticle;
import io.newsdigest.nlp.text.Sentence;
import io.newsdigest.nlp.text.SentenceSplitter;
import io.newsdigest.nlp.text.TermAnalyzer;
import io.newsdigest.nlp.text.WebArticleCleaner;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The default digest's steps, one after the other as {@code NewsDigest.digest} runs them (clean, language,
 * sentences, key figures, summary, rendering of the top figures), on the articles {@link DigestSpeed} reads, each
 * step timed in thread CPU time. Prints, per step, the median over the articles of each article's median over the
 * rounds, in ms. With step names as fourth argument ({@code clean,figures}) only those steps run in every
 * round, the others passing on results prepared once: a profiler then sees only them, and the difference to a
 * full run shows what the steps cost each other (caches, allocation, the JIT's profiles).
 *
 * <p>Usage: {@code DigestSteps ../shared/eval/summarization [articles per language] [rounds] [steps]}
 */
public final class DigestSteps {

    private static final int WARM_UP_ROUNDS = 8;
    private static final List<String> STEPS = List.of("clean", "language", "sentences", "figures", "summarize",
            "render");

    private DigestSteps() {
    }

    /** One article's intermediate results, kept so that a single step can be run alone. */
    private record Prepared(String raw, CleanArticle clean, String language, List<Sentence> sentences, List<KeyFigure> figures) {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/eval/summarization");
        int perLanguage = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Set<String> chosen = args.length > 3 ? Set.of(args[3].split(",")) : Set.copyOf(STEPS);
        if (!STEPS.containsAll(chosen)) {
            throw new IllegalArgumentException("steps are " + STEPS + ", not " + chosen);
        }
        List<String> texts = DigestSpeed.texts(folder, perLanguage);
        Meter meter = new Meter();
        try (StandardPipeline pipeline = StandardPipeline.open(Set.of("de", "en"));
             TermAnalyzer terms = new TermAnalyzer()) {
            pipeline.digest().detect("Haus"); // waits until Lingua is built
            Steps steps = new Steps(new WebArticleCleaner(), pipeline.digest().languageDetector(),
                    pipeline.digest().sentenceSplitter(), new RuleBasedFigureExtractor(),
                    new LeadCentralitySummarizer(SummaryWeights.defaults(), terms), new LocaleFigureRenderer());
            List<Prepared> prepared = texts.stream().map(steps::prepare).toList();
            double[][][][] measured = new double[Meter.MEASURES.size()][STEPS.size()][texts.size()][rounds];
            for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
                for (int i = 0; i < texts.size(); i++) {
                    double[][] laps = steps.run(chosen, prepared.get(i), meter);
                    for (int m = 0; round >= 0 && m < laps.length; m++) {
                        for (int s = 0; s < STEPS.size(); s++) {
                            measured[m][s][i][round] = laps[m][s];
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "DigestSteps: %d articles, %d rounds after %d warm-up rounds%s; per article,"
                    + " the median over articles of each one's median (quartiles):%n", texts.size(), rounds,
                    WARM_UP_ROUNDS, chosen.size() == STEPS.size() ? "" : ", only " + chosen);
            for (int m = 0; m < Meter.MEASURES.size(); m++) {
                System.out.println("  " + Meter.MEASURES.get(m));
                double[] total = new double[texts.size()];
                for (int s = 0; s < STEPS.size(); s++) {
                    double[] medians = Arrays.stream(measured[m][s]).mapToDouble(DigestSpeed::median).toArray();
                    for (int i = 0; i < total.length; i++) {
                        total[i] += medians[i];
                    }
                    print(STEPS.get(s), medians);
                }
                print("sum", total);
            }
        }
    }

    private static void print(String name, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-10s %.3f  (%.3f–%.3f)%n", name, DigestSpeed.median(sorted),
                sorted[sorted.length / 4], sorted[sorted.length * 3 / 4]);
    }

    /** The digest's components, as the standard pipeline without installed models assembles them. */
    private record Steps(WebArticleCleaner cleaner, LanguageDetector detector, SentenceSplitter splitter,
                         KeyFigureExtractor extractor, LeadCentralitySummarizer summarizer,
                         LocaleFigureRenderer renderer) {

        Prepared prepare(String text) {
            CleanArticle clean = cleaner.fromText(text, Optional.empty());
            String language = language(detector.detect(clean.text()));
            List<Sentence> sentences = splitter.split(clean.text(), language);
            return new Prepared(text, clean, language, sentences,
                    extractor.extract(clean.text(), sentences, language, clean.title()));
        }

        /** Runs the chosen steps in the digest's order; a step not chosen passes on its prepared result. */
        double[][] run(Set<String> chosen, Prepared p, Meter meter) {
            meter.start();
            CleanArticle clean = chosen.contains("clean") ? cleaner.fromText(p.raw(), Optional.empty()) : p.clean();
            meter.lap();
            String language = chosen.contains("language") ? language(detector.detect(clean.text())) : p.language();
            meter.lap();
            List<Sentence> sentences = chosen.contains("sentences") ? splitter.split(clean.text(), language)
                    : p.sentences();
            meter.lap();
            List<KeyFigure> figures = chosen.contains("figures")
                    ? extractor.extract(clean.text(), sentences, language, clean.title()) : p.figures();
            meter.lap();
            if (chosen.contains("summarize")) {
                summarize(new Prepared(p.raw(), clean, language, sentences, figures));
            }
            meter.lap();
            if (chosen.contains("render")) {
                render(figures, language);
            }
            meter.lap();
            return meter.laps();
        }

        private Object summarize(Prepared p) {
            return summarizer.summarize(new SummaryInput(p.clean().text(), p.sentences(), p.language(),
                    p.clean().title(), p.figures()), SummaryOptions.sentences(3));
        }

        private List<String> render(List<KeyFigure> figures, String language) {
            return figures.stream().sorted(Comparator.comparingDouble(KeyFigure::salience).reversed()
                    .thenComparingInt(KeyFigure::start)).limit(8)
                    .map(figure -> renderer.render(figure, language)).toList();
        }

        private static String language(LanguageGuess guess) {
            return guess.isDetermined() ? guess.code() : "en";
        }
    }

    /**
     * Per step: thread CPU time (with the kernel's share, which includes zeroing heap pages the JVM touches for the
     * first time) and the bytes the thread allocated, which unlike time does not depend on the machine's load.
     */
    private static final class Meter {
        static final List<String> MEASURES = List.of("CPU ms", "allocated KB");
        private final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        private final double[][] laps = new double[MEASURES.size()][STEPS.size()];
        private long cpu;
        private long allocated;
        private int step;

        void start() {
            step = 0;
            cpu = threads.getCurrentThreadCpuTime();
            allocated = threads.getCurrentThreadAllocatedBytes();
        }

        void lap() {
            long nowCpu = threads.getCurrentThreadCpuTime();
            long nowAllocated = threads.getCurrentThreadAllocatedBytes();
            laps[0][step] = (nowCpu - cpu) / 1e6;
            laps[1][step] = (nowAllocated - allocated) / 1024.0;
            cpu = nowCpu;
            allocated = nowAllocated;
            step++;
        }

        /** @return [measure][step] of the last run */
        double[][] laps() {
            double[][] copy = new double[laps.length][];
            for (int m = 0; m < laps.length; m++) {
                copy[m] = laps[m].clone();
            }
            return copy;
        }
    }
}
