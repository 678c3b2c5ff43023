package io.newsdigest.nlp.eval;

import io.newsdigest.nlp.bench.SummarizerBenchmark;
import io.newsdigest.nlp.summarize.LeadCentralitySummarizer;
import io.newsdigest.nlp.summarize.LeadSummarizer;
import io.newsdigest.nlp.summarize.MiniLmSentenceEncoder;
import io.newsdigest.nlp.summarize.Summarizer;
import io.newsdigest.nlp.summarize.SummaryInput;
import io.newsdigest.nlp.summarize.SummaryOptions;
import io.newsdigest.nlp.summarize.SummaryWeights;
import io.newsdigest.nlp.text.RuleSentenceSplitter;
import io.newsdigest.nlp.text.TermAnalyzer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The English part of {@link SummaryEvaluation} with MiniLM sentence embeddings in place of TF-IDF vectors for
 * centrality and redundancy. Lives in test scope because the MiniLM model jar is a test dependency.
 * Usage: {@code EmbeddingSummaryEvaluation [data-folder]}.
 */
public final class EmbeddingSummaryEvaluation {

    private static final int WARM_UP = 20;
    private static final int TIMED = 50;

    private EmbeddingSummaryEvaluation() {
    }

    /**
     * Mean wall time per summary of the benchmark's 600-word article, measured here because the MiniLM model loads
     * reliably in this process (see docs/summarization.md); JMH numbers for the term-vector systems are in the docs.
     */
    static String benchmarkArticleCost(Map<String, Summarizer> systems) {
        String text = SummarizerBenchmark.ARTICLE;
        SummaryInput input = new SummaryInput(text, new RuleSentenceSplitter().split(text, "en"), "en",
                Optional.empty(), List.of());
        StringBuilder out = new StringBuilder("| system | ms per 600-word article |\n| --- | ---: |\n");
        for (Map.Entry<String, Summarizer> system : systems.entrySet()) {
            for (int i = 0; i < WARM_UP; i++) {
                system.getValue().summarize(input, SummaryOptions.sentences(3));
            }
            long start = System.nanoTime();
            for (int i = 0; i < TIMED; i++) {
                system.getValue().summarize(input, SummaryOptions.sentences(3));
            }
            out.append(String.format(Locale.ROOT, "| %s | %.2f |%n", system.getKey(),
                    (System.nanoTime() - start) / 1e6 / TIMED));
        }
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/eval/summarization");
        List<SummaryEvaluation.Item> items = SummaryEvaluation.read(folder.resolve("en.jsonl"));
        Path models = Files.createTempDirectory("minilm");
        try (TermAnalyzer terms = new TermAnalyzer();
             MiniLmSentenceEncoder encoder = MiniLmSentenceEncoder.fromBundledJar(models)) {
            Map<String, Summarizer> systems = new LinkedHashMap<>();
            systems.put("Lead-3", new LeadSummarizer());
            systems.put("LeadCentrality (TF-IDF)", new LeadCentralitySummarizer(SummaryWeights.defaults(), terms));
            systems.put("LeadCentrality (MiniLM)",
                    new LeadCentralitySummarizer(SummaryWeights.defaults(), terms, Optional.of(encoder)));
            System.out.println(SummaryEvaluation.table(items, systems, SummaryOptions.sentences(3)));
            System.out.println(benchmarkArticleCost(systems));
        }
    }
}
