package io.newsdigest.nlp.summarize;

import io.newsdigest.nlp.text.Sentence;
import io.newsdigest.nlp.text.TermAnalyzer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sparse, L2-normalized TF-IDF vectors of the sentences of one article, each sentence counting as a document
 * for the inverse document frequency (an article has no corpus around it when it is summarized).
 *
 * <p>Immutable once built; made per summarized article, never shared.
 */
final class TfIdfVectors implements SentenceSimilarity {

    private final Map<String, Integer> vocabulary;
    private final double[] idf;
    private final int[][] ids;
    private final double[][] weights;

    private TfIdfVectors(Map<String, Integer> vocabulary, double[] idf, int[][] ids, double[][] weights) {
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.ids = ids;
        this.weights = weights;
    }

    /** The vectors of sentences, their terms taken from the language's analyzer. */
    static TfIdfVectors of(List<Sentence> sentences, TermAnalyzer terms,
                           String language) {
        return of(sentences.stream().map(sentence -> terms.terms(sentence.text(), language)).toList());
    }

    static TfIdfVectors of(List<List<String>> sentenceTerms) {
        Map<String, Integer> vocabulary = new HashMap<>();
        int[] df = new int[16];
        for (List<String> terms : sentenceTerms) {
            for (String term : terms.stream().distinct().toList()) {
                int id = vocabulary.computeIfAbsent(term, t -> vocabulary.size());
                df = id < df.length ? df : Arrays.copyOf(df, df.length * 2);
                df[id]++;
            }
        }
        int n = sentenceTerms.size();
        double[] idf = new double[vocabulary.size()];
        for (int id = 0; id < idf.length; id++) {
            // Smoothed so that a term in every sentence still counts a little.
            idf[id] = Math.log((n + 1.0) / (df[id] + 1.0)) + 1.0;
        }
        int[][] ids = new int[n][];
        double[][] weights = new double[n][];
        for (int s = 0; s < n; s++) {
            TreeMap<Integer, Integer> counts = counts(sentenceTerms.get(s), vocabulary);
            ids[s] = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
            weights[s] = normalized(counts, idf);
        }
        return new TfIdfVectors(vocabulary, idf, ids, weights);
    }

    @Override
    public int size() {
        return ids.length;
    }

    /** Number of distinct terms of sentence {@code s}. */
    int distinctTerms(int s) {
        return ids[s].length;
    }

    @Override
    public double cosine(int a, int b) {
        return dot(ids[a], weights[a], ids[b], weights[b]);
    }

    /** Number of distinct terms two sentences share. */
    int overlap(int a, int b) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < ids[a].length && j < ids[b].length) {
            int cmp = Integer.compare(ids[a][i], ids[b][j]);
            shared += cmp == 0 ? 1 : 0;
            i += cmp <= 0 ? 1 : 0;
            j += cmp >= 0 ? 1 : 0;
        }
        return shared;
    }

    /** Cosine of an outside text (a headline) with sentence {@code s}; its unknown terms only lengthen it. */
    double cosineWith(List<String> terms, int s) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        double unknownNorm = 0;
        for (String term : terms) {
            Integer id = vocabulary.get(term);
            if (id != null) {
                counts.merge(id, 1, Integer::sum);
            } else {
                unknownNorm += 1;
            }
        }
        int[] otherIds = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
        double[] raw = new double[otherIds.length];
        double norm = unknownNorm;
        for (int k = 0; k < otherIds.length; k++) {
            raw[k] = counts.get(otherIds[k]) * idf[otherIds[k]];
            norm += raw[k] * raw[k];
        }
        if (norm == 0) {
            return 0;
        }
        double length = Math.sqrt(norm);
        for (int k = 0; k < raw.length; k++) {
            raw[k] /= length;
        }
        return dot(otherIds, raw, ids[s], weights[s]);
    }

    private static TreeMap<Integer, Integer> counts(List<String> terms, Map<String, Integer> vocabulary) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (String term : terms) {
            counts.merge(vocabulary.get(term), 1, Integer::sum);
        }
        return counts;
    }

    private static double[] normalized(TreeMap<Integer, Integer> counts, double[] idf) {
        double[] values = new double[counts.size()];
        double norm = 0;
        int k = 0;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            values[k] = entry.getValue() * idf[entry.getKey()];
            norm += values[k] * values[k];
            k++;
        }
        double length = Math.sqrt(norm);
        for (int i = 0; i < values.length && length > 0; i++) {
            values[i] /= length;
        }
        return values;
    }

    private static double dot(int[] idsA, double[] wA, int[] idsB, double[] wB) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < idsA.length && j < idsB.length) {
            int cmp = Integer.compare(idsA[i], idsB[j]);
            if (cmp == 0) {
                sum += wA[i] * wB[j];
            }
            i += cmp <= 0 ? 1 : 0;
            j += cmp >= 0 ? 1 : 0;
        }
        return sum;
    }
}
