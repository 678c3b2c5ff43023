package io.newsdigest.nlp.summarize;

/**
 * How {@link LeadCentralitySummarizer} weighs its evidence. A sentence's score is the weighted mean of four
 * signals in [0, 1]; sentences are then picked by maximal marginal relevance: score minus {@code redundancy} times
 * the largest cosine similarity to a sentence already picked. Immutable and thread-safe; the builder is not.
 *
 * @param position weight of the lead bias {@code 0.5^(rank / leadHalfLife)}, rank counted over content sentences
 * @param leadHalfLife after how many content sentences the lead bias halves (positive)
 * @param centrality weight of LexRank centrality over TF-IDF term vectors, scaled so the most central is 1
 * @param headline weight of the TF-IDF cosine similarity to the headline (ignored without headline)
 * @param figures weight of key-figure density: figure salience in the sentence, scaled so the densest is 1
 * @param redundancy MMR penalty on similarity to sentences already chosen (0 turns MMR off)
 */
public record SummaryWeights(double position, double leadHalfLife, double centrality, double headline,
                             double figures, double redundancy) {

    public SummaryWeights {
        requireNonNegative(position, "position");
        requireNonNegative(centrality, "centrality");
        requireNonNegative(headline, "headline");
        requireNonNegative(figures, "figures");
        requireNonNegative(redundancy, "redundancy");
        if (!(leadHalfLife > 0) || Double.isInfinite(leadHalfLife)) {
            throw new IllegalArgumentException("leadHalfLife must be positive and finite: " + leadHalfLife);
        }
        if (position + centrality + headline + figures == 0) {
            throw new IllegalArgumentException(
                    "at least one of position, centrality, headline, figures must be positive");
        }
    }

    /** The weights measured best on the dev data; see {@code docs/summarization.md}. */
    public static SummaryWeights defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().position(position).leadHalfLife(leadHalfLife).centrality(centrality)
                .headline(headline).figures(figures).redundancy(redundancy);
    }

    private static void requireNonNegative(double value, String name) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0: " + value);
        }
    }

    /** Starts from the defaults; {@link #build()} validates. */
    public static final class Builder {
        private double position = 1.0;
        // Measured with SummaryEvaluation --tune; see docs/summarization.md. Figures are not in the dev data, so
        // their weight is a small judgement call rather than a measurement.
        private double leadHalfLife = 8.0;
        private double centrality = 0.2;
        private double headline = 0.3;
        private double figures = 0.1;
        private double redundancy = 0.35;

        private Builder() {
        }

        public Builder position(double value) {
            this.position = value;
            return this;
        }

        public Builder leadHalfLife(double value) {
            this.leadHalfLife = value;
            return this;
        }

        public Builder centrality(double value) {
            this.centrality = value;
            return this;
        }

        public Builder headline(double value) {
            this.headline = value;
            return this;
        }

        public Builder figures(double value) {
            this.figures = value;
            return this;
        }

        public Builder redundancy(double value) {
            this.redundancy = value;
            return this;
        }

        public SummaryWeights build() {
            return new SummaryWeights(position, leadHalfLife, centrality, headline, figures, redundancy);
        }
    }
}
