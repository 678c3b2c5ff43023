package io.newsdigest.nlp.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 as defined by Lin (2004), "ROUGE: A Package for Automatic Evaluation of
 * Summaries".
 *
 * <p>ROUGE-N counts n-grams clipped to their count in the reference; ROUGE-L is the longest common subsequence of
 * the candidate and reference token sequences taken as a whole (no sentence split, the {@code rougeL} variant,
 * not the union-LCS {@code rougeLsum}). Tokens come from {@link RougeTokenizer}: lower-cased runs of Unicode
 * letters and digits, stemmed when asked. There is no stop-word removal and no multi-reference jackknifing.
 *
 * <p>Thread-safe and immutable.
 */
public final class RougeScorer {

    private final RougeTokenizer tokenizer;

    private RougeScorer(RougeTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** Scores surface tokens, without stemming. */
    public static RougeScorer unstemmed() {
        return new RougeScorer(RougeTokenizer.plain());
    }

    /**
     * Scores stemmed tokens: Porter for {@code en}, Snowball German for {@code de}.
     *
     * @throws IllegalArgumentException for another language
     */
    public static RougeScorer stemmed(String language) {
        return new RougeScorer(RougeTokenizer.stemming(language));
    }

    public RougeScores score(String candidate, String reference) {
        List<String> c = tokenizer.tokens(candidate);
        List<String> r = tokenizer.tokens(reference);
        return new RougeScores(rougeN(c, r, 1), rougeN(c, r, 2), rougeL(c, r));
    }

    static RougeScore rougeN(List<String> candidate, List<String> reference, int n) {
        Map<List<String>, Integer> referenceGrams = grams(reference, n);
        Map<List<String>, Integer> candidateGrams = grams(candidate, n);
        long matched = 0;
        for (Map.Entry<List<String>, Integer> gram : candidateGrams.entrySet()) {
            matched += Math.min(gram.getValue(), referenceGrams.getOrDefault(gram.getKey(), 0));
        }
        return RougeScore.of(matched, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
    }

    static RougeScore rougeL(List<String> candidate, List<String> reference) {
        return RougeScore.of(lcsLength(candidate, reference), candidate.size(), reference.size());
    }

    /** Classic dynamic programme over two rows, so memory stays linear in the reference length. */
    static int lcsLength(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String tokenA : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = tokenA.equals(b.get(j - 1))
                        ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    private static Map<List<String>, Integer> grams(List<String> tokens, int n) {
        Map<List<String>, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            grams.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return grams;
    }
}
