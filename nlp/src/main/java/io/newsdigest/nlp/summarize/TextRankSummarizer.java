package io.newsdigest.nlp.summarize;

import io.newsdigest.nlp.text.TermAnalyzer;

import java.util.Objects;

/**
 * TextRank (Mihalcea and Tarau 2004): PageRank over a graph whose edges weigh the content terms two sentences
 * share, normalized by the logarithms of their lengths; the highest-ranked sentences, in source order.
 *
 * <p>Thread-safe; the caller owns and closes the {@link TermAnalyzer}. Plain baseline: no position, headline or redundancy handling,
 * no filtering of bylines or captions. Only the first {@value Centrality#MAX_GRAPH_SENTENCES} sentences are
 * ranked, so time and memory stay bounded on very long texts.
 */
public final class TextRankSummarizer implements Summarizer {

    private final TermAnalyzer terms;

    public TextRankSummarizer(TermAnalyzer terms) {
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    @Override
    public SummaryResult summarize(SummaryInput input, SummaryOptions options) {
        return Centrality.rankedExtract(input, options, terms, TextRankSummarizer::overlapGraph);
    }

    /** Mihalcea and Tarau's weight: shared terms over the sum of the log term counts of both sentences. */
    private static double[][] overlapGraph(TfIdfVectors vectors) {
        int n = vectors.size();
        double[][] weights = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double norm = Math.log(vectors.distinctTerms(i)) + Math.log(vectors.distinctTerms(j));
                double weight = norm > 0 ? vectors.overlap(i, j) / norm : 0;
                weights[i][j] = weight;
                weights[j][i] = weight;
            }
        }
        return weights;
    }
}
