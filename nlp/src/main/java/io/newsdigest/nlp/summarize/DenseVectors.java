package io.newsdigest.nlp.summarize;

import java.util.List;

/**
 * L2-normalized sentence embeddings of one article. Immutable; made per summarized article.
 */
final class DenseVectors implements SentenceSimilarity {

    private final float[][] vectors;

    private DenseVectors(float[][] vectors) {
        this.vectors = vectors;
    }

    static DenseVectors of(List<float[]> embeddings) {
        float[][] vectors = new float[embeddings.size()][];
        for (int i = 0; i < vectors.length; i++) {
            float[] v = embeddings.get(i).clone();
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            float length = (float) Math.sqrt(norm);
            for (int k = 0; k < v.length && length > 0; k++) {
                v[k] /= length;
            }
            vectors[i] = v;
        }
        return new DenseVectors(vectors);
    }

    @Override
    public int size() {
        return vectors.length;
    }

    @Override
    public double cosine(int a, int b) {
        float[] x = vectors[a];
        float[] y = vectors[b];
        double sum = 0;
        for (int k = 0; k < Math.min(x.length, y.length); k++) {
            sum += x[k] * y[k];
        }
        // Embedding cosines can be slightly negative; the graph needs non-negative weights.
        return Math.max(0, sum);
    }
}
