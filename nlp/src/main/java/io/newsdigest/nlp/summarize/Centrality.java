package io.newsdigest.nlp.summarize;

import io.newsdigest.nlp.text.Sentence;
import io.newsdigest.nlp.text.TermAnalyzer;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Centrality of sentences in a weighted similarity graph by PageRank power iteration, the common core of TextRank
 * (Mihalcea and Tarau 2004) and LexRank (Erkan and Radev 2004).
 *
 * <p>Stateless; callers bound the graph size, the cost is quadratic in it.
 */
final class Centrality {

    /** Sentences beyond this many are not ranked: it bounds the quadratic graph on 10,000-word texts. */
    static final int MAX_GRAPH_SENTENCES = 250;
    static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-7;

    private Centrality() {
    }

    /**
     * @param weights symmetric non-negative edge weights; the diagonal is ignored
     * @return a score per node summing to 1; a node without edges spreads its rank evenly
     */
    static double[] pageRank(double[][] weights) {
        int n = weights.length;
        double[] rowSums = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rowSums[i] += i == j ? 0 : weights[i][j];
            }
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = step(weights, rowSums, rank);
            double change = 0;
            for (int i = 0; i < n; i++) {
                change += Math.abs(next[i] - rank[i]);
            }
            rank = next;
            if (change < TOLERANCE) {
                break;
            }
        }
        return rank;
    }

    private static double[] step(double[][] weights, double[] rowSums, double[] rank) {
        int n = rank.length;
        double dangling = 0;
        for (int j = 0; j < n; j++) {
            dangling += rowSums[j] == 0 ? rank[j] : 0;
        }
        double[] next = new double[n];
        for (int i = 0; i < n; i++) {
            double incoming = 0;
            for (int j = 0; j < n; j++) {
                if (j != i && rowSums[j] > 0) {
                    incoming += weights[j][i] / rowSums[j] * rank[j];
                }
            }
            next[i] = (1 - DAMPING) / n + DAMPING * (incoming + dangling / n);
        }
        return next;
    }

    /** Scales scores so that the largest is 1 (all zero stays zero). */
    static double[] scaledToMax(double[] scores) {
        double max = Arrays.stream(scores).max().orElse(0);
        return max <= 0 ? scores.clone() : Arrays.stream(scores).map(s -> s / max).toArray();
    }

    /**
     * The graph baselines' whole path: the first {@value #MAX_GRAPH_SENTENCES} sentences, their TF-IDF vectors, the
     * graph {@code edges} builds from them, PageRank, and the best sentences within the length budget.
     */
    static SummaryResult rankedExtract(SummaryInput input, SummaryOptions options, TermAnalyzer terms,
                                       Function<TfIdfVectors, double[][]> edges) {
        List<Sentence> sentences = graphPrefix(input.sentences());
        if (sentences.isEmpty()) {
            return Extract.result(sentences, List.of());
        }
        double[][] graph = edges.apply(TfIdfVectors.of(sentences, terms, input.language()));
        return Extract.result(sentences, LengthBudget.best(sentences, pageRank(graph), options));
    }

    static List<Sentence> graphPrefix(List<Sentence> sentences) {
        return sentences.size() <= MAX_GRAPH_SENTENCES ? sentences : sentences.subList(0, MAX_GRAPH_SENTENCES);
    }

    /** Cosine similarities of all sentence pairs, those below {@code threshold} set to 0, diagonal 0. */
    static double[][] cosineGraph(SentenceSimilarity vectors, double threshold) {
        int n = vectors.size();
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double cosine = vectors.cosine(i, j);
                similarity[i][j] = cosine >= threshold ? cosine : 0;
                similarity[j][i] = similarity[i][j];
            }
        }
        return similarity;
    }
}
