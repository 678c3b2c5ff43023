package io.newsdigest.nlp.summarize;

import io.newsdigest.nlp.text.TermAnalyzer;

import java.util.Objects;

/**
 * Continuous LexRank (Erkan and Radev 2004): PageRank over TF-IDF cosine similarities of sentences, edges below
 * a threshold of 0.1 dropped; the highest-ranked sentences, in source order.
 *
 * <p>Thread-safe; the caller owns and closes the {@link TermAnalyzer}. Plain baseline: no position, headline or redundancy handling,
 * no filtering of bylines or captions. Only the first {@value Centrality#MAX_GRAPH_SENTENCES} sentences are
 * ranked.
 */
public final class LexRankSummarizer implements Summarizer {

    static final double THRESHOLD = 0.1;

    private final TermAnalyzer terms;

    public LexRankSummarizer(TermAnalyzer terms) {
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    @Override
    public SummaryResult summarize(SummaryInput input, SummaryOptions options) {
        return Centrality.rankedExtract(input, options, terms, vectors -> Centrality.cosineGraph(vectors, THRESHOLD));
    }
}
