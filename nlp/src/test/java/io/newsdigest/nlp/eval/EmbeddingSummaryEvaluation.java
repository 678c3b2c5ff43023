package io.newsdigest.nlp.eval;

import io.newsdigest.nlp.summarize.LeadCentralitySummarizer;
import io.newsdigest.nlp.summarize.LeadSummarizer;
import io.newsdigest.nlp.summarize.MiniLmSentenceEncoder;
import io.newsdigest.nlp.summarize.Summarizer;
import io.newsdigest.nlp.summarize.SummaryOptions;
import io.newsdigest.nlp.summarize.SummaryWeights;
import io.newsdigest.nlp.text.TermAnalyzer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The English part of {@link SummaryEvaluation} with MiniLM sentence embeddings in place of TF-IDF vectors for
 * centrality and redundancy. Lives in test scope because the MiniLM model jar is a test dependency.
 * Usage: {@code EmbeddingSummaryEvaluation [data-folder]}.
 */
public final class EmbeddingSummaryEvaluation {

    private EmbeddingSummaryEvaluation() {
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
            long start = System.nanoTime();
            System.out.println(SummaryEvaluation.table(items, systems, SummaryOptions.sentences(3)));
            System.out.printf("(%.1f s for all systems)%n", (System.nanoTime() - start) / 1e9);
        }
    }
}
