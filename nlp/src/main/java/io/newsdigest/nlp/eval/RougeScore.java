package io.newsdigest.nlp.eval;

/**
 * Precision, recall and F1 of one ROUGE variant for one candidate against one reference.
 *
 * @param precision matched units divided by the candidate's units, in [0, 1]
 * @param recall matched units divided by the reference's units, in [0, 1]
 * @param f1 the harmonic mean of both (Lin 2004 with beta = 1), 0 when both are 0
 */
public record RougeScore(double precision, double recall, double f1) {
    public RougeScore {
        requireUnit(precision, "precision");
        requireUnit(recall, "recall");
        requireUnit(f1, "f1");
    }

    /** The score for {@code matched} units out of {@code candidateUnits} and {@code referenceUnits}. */
    static RougeScore of(long matched, long candidateUnits, long referenceUnits) {
        double precision = candidateUnits == 0 ? 0 : (double) matched / candidateUnits;
        double recall = referenceUnits == 0 ? 0 : (double) matched / referenceUnits;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new RougeScore(precision, recall, f1);
    }

    private static void requireUnit(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
        }
    }
}
