package io.newsdigest.nlp.eval;

import io.newsdigest.nlp.eval.LanguageEvaluation.Report;
import io.newsdigest.nlp.eval.LanguageEvaluation.Sample;
import io.newsdigest.nlp.language.CascadeLanguageDetector;
import io.newsdigest.nlp.language.LanguageDetector;
import io.newsdigest.nlp.language.LanguageGuess;

import java.util.ArrayList;
import java.util.List;

/**
 * Tunes the two thresholds of {@link CascadeLanguageDetector} (letters before the fast detector is asked, its
 * confidence for its answer to stand) and checks the tuning two-fold: choose on the even lines of every test file,
 * score on the odd lines, and the other way round. The objective is the mean accuracy over all languages and
 * granularities minus the mean rate at which a confusable language is called German or English. The answers of
 * both detectors are computed once; the cascade is replayed for every pair of thresholds. Stateless.
 */
final class CascadeThresholdSearch {

    private static final int[] LETTERS = {0, 5, 10, 15, 20, 25, 30, 35, 40, 50, 60, 80};
    private static final double[] CONFIDENCES = {0, 0.35, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99, 0.999};

    private CascadeThresholdSearch() {
    }

    /** Thresholds and how they scored. */
    record Choice(int minLetters, double minConfidence, Report report, double objective) {
    }

    /**
     * @param fastGuesses    the fast detector's answer for every sample
     * @param carefulGuesses the careful detector's answer for every sample
     * @return Markdown: per fold the thresholds chosen on one half and their scores on the other, beside the
     *         defaults' scores on the same half
     */
    static String twoFold(List<Sample> samples, List<LanguageGuess> fastGuesses, List<LanguageGuess> carefulGuesses,
                          LanguageDetector fast, LanguageDetector careful) {
        StringBuilder out = new StringBuilder("#### Two-fold check of the combination's thresholds\n\n"
                + "| tuned on | chosen (letters, confidence) | scored on | de/en sentences | de/en pairs | de/en words"
                + " | confusables → de/en (sentences, pairs, words) | objective | defaults' objective | Lingua alone's objective |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        for (int fold = 0; fold < 3; fold++) {
            List<Integer> tune = fold == 2 ? all(samples) : half(samples, fold);
            List<Integer> test = fold == 2 ? tune : half(samples, 1 - fold);
            Choice best = search(samples, fastGuesses, carefulGuesses, tune, fast, careful);
            Choice scored = replay(samples, fastGuesses, carefulGuesses, test,
                    new CascadeLanguageDetector(fast, careful, best.minLetters(), best.minConfidence()));
            Choice defaults = replay(samples, fastGuesses, carefulGuesses, test,
                    CascadeLanguageDetector.withDefaults(fast, careful));
            Choice linguaAlone = replay(samples, fastGuesses, carefulGuesses, test,
                    new CascadeLanguageDetector(fast, careful, Integer.MAX_VALUE, 1));
            Report r = scored.report();
            String[] names = {"even", "odd", "all"};
            out.append(String.format("| %s lines | %d, %.3f | %s lines | %.4f | %.4f | %.4f | %.4f, %.4f, %.4f | %.4f | %.4f | %.4f |%n",
                    names[fold], best.minLetters(), best.minConfidence(), names[fold == 2 ? 2 : 1 - fold],
                    LanguageEvaluation.targetAccuracy(r, "sentences"), LanguageEvaluation.targetAccuracy(r, "word-pairs"),
                    LanguageEvaluation.targetAccuracy(r, "single-words"),
                    LanguageEvaluation.confusablesCalledTarget(r, "sentences"),
                    LanguageEvaluation.confusablesCalledTarget(r, "word-pairs"),
                    LanguageEvaluation.confusablesCalledTarget(r, "single-words"),
                    scored.objective(), defaults.objective(), linguaAlone.objective()));
        }
        out.append("\nThe last row is tuned and scored on the same lines (in-sample); the defaults are its choice.\n");
        return out.toString();
    }

    private static Choice search(List<Sample> samples, List<LanguageGuess> fastGuesses,
                                 List<LanguageGuess> carefulGuesses, List<Integer> tune, LanguageDetector fast,
                                 LanguageDetector careful) {
        Choice best = null;
        for (int letters : LETTERS) {
            for (double confidence : CONFIDENCES) {
                Choice choice = replay(samples, fastGuesses, carefulGuesses, tune,
                        new CascadeLanguageDetector(fast, careful, letters, confidence));
                if (best == null || choice.objective() > best.objective()) {
                    best = new Choice(letters, confidence, choice.report(), choice.objective());
                }
            }
        }
        return best;
    }

    private static List<Integer> all(List<Sample> samples) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            indices.add(i);
        }
        return indices;
    }

    private static List<Integer> half(List<Sample> samples, int parity) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            if (samples.get(i).line() % 2 == parity) {
                indices.add(i);
            }
        }
        return indices;
    }

    private static Choice replay(List<Sample> samples, List<LanguageGuess> fastGuesses,
                                 List<LanguageGuess> carefulGuesses, List<Integer> indices,
                                 CascadeLanguageDetector cascade) {
        List<Sample> chosenSamples = new ArrayList<>(indices.size());
        List<LanguageGuess> answers = new ArrayList<>(indices.size());
        for (int i : indices) {
            Sample sample = samples.get(i);
            chosenSamples.add(sample);
            boolean fastStands = cascade.asksFastFirst(sample.text()) && cascade.accepts(fastGuesses.get(i));
            answers.add(fastStands ? fastGuesses.get(i) : carefulGuesses.get(i));
        }
        Report report = LanguageEvaluation.score("replay", chosenSamples, answers, 0);
        return new Choice(0, 0, report, objective(report));
    }

    /** Mean accuracy over every (language, granularity) cell minus the mean rate of confusables called de/en. */
    static double objective(Report report) {
        double accuracy = 0;
        int cells = 0;
        double calledTarget = 0;
        for (String granularity : LanguageEvaluation.GRANULARITIES) {
            for (LanguageEvaluation.Cell cell : report.cells().getOrDefault(granularity, java.util.Map.of()).values()) {
                accuracy += (double) cell.correct() / Math.max(1, cell.samples());
                cells++;
            }
            calledTarget += LanguageEvaluation.confusablesCalledTarget(report, granularity);
        }
        return accuracy / Math.max(1, cells) - calledTarget / LanguageEvaluation.GRANULARITIES.size();
    }
}
