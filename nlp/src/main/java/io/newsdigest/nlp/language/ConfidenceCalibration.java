package io.newsdigest.nlp.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns Lingua's relative confidence values (1.0 for the best language, smaller for the others, 0 for languages
 * ruled out by its script rules) into probabilities that sum to one, with a prior for the languages the service
 * expects. Immutable.
 *
 * <p>The model is a softmax over {@code k · letters^γ · (r − 1) + ln(priorOdds)·[expected]}: longer texts make the
 * same relative gap more certain. {@code k = 10} and {@code γ = 0.35} minimise the log-loss over the Lingua test
 * data in {@code shared/eval/langid} (de, en and seven confusables, all granularities); the evaluation command
 * prints the resulting calibration error so that a change of model shows up.
 */
final class ConfidenceCalibration {

    static final double SCALE = 10.0;
    static final double LENGTH_EXPONENT = 0.35;

    private final Set<String> expected;
    private final double logPriorOdds;

    ConfidenceCalibration(Set<String> expected, double priorOdds) {
        this.expected = Set.copyOf(expected);
        this.logPriorOdds = Math.log(priorOdds);
    }

    /** @param relative ISO code → Lingua relative confidence; @return candidates by probability, best first */
    List<LanguageScore> calibrate(Map<String, Double> relative, int letters) {
        double scale = SCALE * Math.pow(Math.max(letters, 1), LENGTH_EXPONENT);
        List<String> codes = new ArrayList<>();
        List<Double> logits = new ArrayList<>();
        relative.forEach((code, value) -> {
            if (value > 0) {
                codes.add(code);
                logits.add(scale * (value - 1) + (expected.contains(code) ? logPriorOdds : 0));
            }
        });
        double max = logits.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double sum = logits.stream().mapToDouble(l -> Math.exp(l - max)).sum();
        List<LanguageScore> scores = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            scores.add(new LanguageScore(codes.get(i), clamp(Math.exp(logits.get(i) - max) / sum)));
        }
        scores.sort(Comparator.comparingDouble(LanguageScore::confidence).reversed());
        return scores;
    }

    private static double clamp(double p) {
        return Double.isNaN(p) ? 0 : Math.max(0, Math.min(1, p));
    }
}
