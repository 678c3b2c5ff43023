package io.newsdigest.nlp.onnx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The finished hypotheses of one input during beam search, kept like Hugging Face's {@code BeamHypotheses}:
 * at most {@code numBeams}, the worst dropped when a better one arrives.
 */
final class BeamHypotheses {

    /** A kept hypothesis: decoder ids with the start token, no end token appended yet. */
    record Kept(double score, long[] sequence, double logProbability, boolean finished) {
    }

    private final int numBeams;
    private final double lengthPenalty;
    private final GenerationConfig.EarlyStopping earlyStopping;
    private final int maxLength;
    private final List<Kept> beams = new ArrayList<>();
    private double worstScore = 1e9;

    BeamHypotheses(GenerationConfig config) {
        this.numBeams = config.numBeams();
        this.lengthPenalty = config.lengthPenalty();
        this.earlyStopping = config.earlyStopping();
        this.maxLength = config.effectiveMaxLength();
    }

    /** @param generatedLength length the score is normalised by: generated tokens, end token included */
    void add(long[] sequence, double logProbability, int generatedLength, boolean finished) {
        double score = Scores.normalized(logProbability, generatedLength, lengthPenalty);
        if (beams.size() < numBeams || score > worstScore) {
            beams.add(new Kept(score, sequence, logProbability, finished));
            if (beams.size() > numBeams) {
                int worst = 0;
                double second = Double.POSITIVE_INFINITY;
                for (int i = 1; i < beams.size(); i++) {
                    if (beams.get(i).score() < beams.get(worst).score()) {
                        worst = i;
                    }
                }
                beams.remove(worst);
                for (Kept kept : beams) {
                    second = Math.min(second, kept.score());
                }
                worstScore = second;
            } else {
                worstScore = Math.min(score, worstScore);
            }
        }
    }

    /**
     * @param bestLogProbability the best running score of this input at this step
     * @param generatedLength generated tokens once this step's token is appended
     */
    boolean isDone(double bestLogProbability, int generatedLength) {
        if (beams.size() < numBeams) {
            return false;
        }
        return switch (earlyStopping) {
            case WHEN_BEAMS_FINISHED -> true;
            case HEURISTIC -> worstScore >= Scores.normalized(bestLogProbability, generatedLength, lengthPenalty);
            case NEVER -> worstScore >= (lengthPenalty > 0
                    ? Scores.normalized(bestLogProbability, Math.max(1, maxLength - 1), lengthPenalty)
                    : Scores.normalized(bestLogProbability, generatedLength, lengthPenalty));
        };
    }

    /** @return the kept hypotheses, best first */
    List<Kept> best() {
        List<Kept> sorted = new ArrayList<>(beams);
        sorted.sort(Comparator.comparingDouble(Kept::score).reversed());
        return sorted;
    }
}
