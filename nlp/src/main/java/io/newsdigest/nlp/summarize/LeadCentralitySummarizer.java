package io.newsdigest.nlp.summarize;

import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.text.Sentence;
import io.newsdigest.nlp.text.TermAnalyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The default extractive summarizer: scores each content sentence by news lead bias, LexRank centrality over
 * TF-IDF term vectors, similarity to the headline and key-figure density ({@link SummaryWeights}), then picks
 * sentences by maximal marginal relevance until the sentence count or character budget is used up, and returns
 * them in source order.
 *
 * <p>Bylines, "Lesen Sie auch" teasers, captions, credits and fragments are never picked unless the article has
 * nothing else. Only the first {@value Centrality#MAX_GRAPH_SENTENCES} content sentences are candidates, which
 * bounds time and memory on very long articles. Sentences are never cut: one that does not fit the character
 * budget is skipped, so a budget smaller than every sentence gives an empty summary.
 *
 * <p>Thread-safe: it holds no per-call state, and {@link TermAnalyzer} is thread-safe. It does not close the
 * analyzer it was given. Sentence embeddings are used only when a {@link SentenceEncoder} is given.
 */
public final class LeadCentralitySummarizer implements Summarizer {

    private final SummaryWeights weights;
    private final TermAnalyzer terms;
    private final Optional<SentenceEncoder> encoder;

    /**
     * @param weights how to weigh the evidence, usually {@link SummaryWeights#defaults()}
     * @param terms the project's term analysis; the caller owns and closes it
     */
    public LeadCentralitySummarizer(SummaryWeights weights, TermAnalyzer terms) {
        this(weights, terms, Optional.empty());
    }

    /**
     * @param encoder when present and trained for the article's language, its embeddings replace the TF-IDF term
     *                vectors for centrality and redundancy (the headline is still compared by terms); the caller
     *                owns and closes it
     */
    public LeadCentralitySummarizer(SummaryWeights weights, TermAnalyzer terms, Optional<SentenceEncoder> encoder) {
        this.weights = Objects.requireNonNull(weights, "weights");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    public SummaryWeights weights() {
        return weights;
    }

    @Override
    public SummaryResult summarize(SummaryInput input, SummaryOptions options) {
        List<Sentence> candidates = candidates(input.sentences());
        if (candidates.isEmpty()) {
            return Extract.result(candidates, List.of());
        }
        TfIdfVectors vectors = TfIdfVectors.of(candidates, terms, input.language());
        SentenceSimilarity similarity = encoder.filter(e -> e.supports(input.language()))
                .<SentenceSimilarity>map(e -> DenseVectors.of(e.encode(candidates.stream().map(Sentence::text).toList())))
                .orElse(vectors);
        double[] scores = scores(input, candidates, vectors, similarity);
        return Extract.result(candidates, pickByMarginalRelevance(candidates, scores, similarity, options));
    }

    /** Content sentences in source order, or every non-blank sentence when no sentence looks like content. */
    static List<Sentence> candidates(List<Sentence> sentences) {
        List<Sentence> content = new ArrayList<>();
        List<Sentence> nonBlank = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (!sentence.text().isBlank() && nonBlank.size() < Centrality.MAX_GRAPH_SENTENCES) {
                nonBlank.add(sentence);
            }
            if (ContentFilter.isContent(sentence.text())) {
                content.add(sentence);
                if (content.size() == Centrality.MAX_GRAPH_SENTENCES) {
                    break;
                }
            }
        }
        return content.isEmpty() ? nonBlank : content;
    }

    private double[] scores(SummaryInput input, List<Sentence> candidates, TfIdfVectors vectors,
                            SentenceSimilarity similarity) {
        int n = candidates.size();
        double[] centrality = weights.centrality() > 0
                ? Centrality.scaledToMax(Centrality.pageRank(
                        Centrality.cosineGraph(similarity, LexRankSummarizer.THRESHOLD)))
                : new double[n];
        List<String> headline = input.title().map(title -> terms.terms(title, input.language())).orElse(List.of());
        double[] figures = figureDensity(candidates, input.figures());
        double headlineWeight = headline.isEmpty() ? 0 : weights.headline();
        double figureWeight = input.figures().isEmpty() ? 0 : weights.figures();
        double total = weights.position() + weights.centrality() + headlineWeight + figureWeight;
        double[] scores = new double[n];
        for (int rank = 0; rank < n; rank++) {
            double lead = Math.pow(0.5, rank / weights.leadHalfLife());
            double title = headline.isEmpty() ? 0 : vectors.cosineWith(headline, rank);
            scores[rank] = (weights.position() * lead + weights.centrality() * centrality[rank]
                    + headlineWeight * title + figureWeight * figures[rank]) / total;
        }
        return scores;
    }

    /** Summed salience of the figures in each candidate (a figure without salience counts as 1), max scaled to 1. */
    private static double[] figureDensity(List<Sentence> candidates, List<KeyFigure> figures) {
        Map<Integer, Double> bySentence = new HashMap<>();
        for (KeyFigure figure : figures) {
            bySentence.merge(figure.sentenceIndex(), figure.salience() > 0 ? figure.salience() : 1.0, Double::sum);
        }
        double[] density = new double[candidates.size()];
        for (int i = 0; i < density.length; i++) {
            density[i] = bySentence.getOrDefault(candidates.get(i).index(), 0.0);
        }
        return Centrality.scaledToMax(density);
    }

    private List<Integer> pickByMarginalRelevance(List<Sentence> candidates, double[] scores,
                                                  SentenceSimilarity vectors, SummaryOptions options) {
        LengthBudget budget = new LengthBudget(options);
        List<Integer> chosen = new ArrayList<>();
        boolean[] used = new boolean[candidates.size()];
        while (!budget.full()) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < candidates.size(); i++) {
                if (used[i] || !budget.fits(candidates.get(i))) {
                    continue;
                }
                double value = scores[i] - weights.redundancy() * maxSimilarity(i, chosen, vectors);
                if (value > bestValue) {
                    best = i;
                    bestValue = value;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            budget.take(candidates.get(best));
            chosen.add(best);
        }
        return chosen;
    }

    private static double maxSimilarity(int candidate, List<Integer> chosen, SentenceSimilarity vectors) {
        double max = 0;
        for (int other : chosen) {
            max = Math.max(max, vectors.cosine(candidate, other));
        }
        return max;
    }
}
