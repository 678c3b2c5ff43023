package io.newsdigest.nlp.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.internal.TestDataLanguageModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lingua's relative confidence values, computed on the caller's thread.
 *
 * <p>Lingua 1.2.2's {@code computeLanguageConfidenceValues} hands its one-to-five-gram scorings to
 * {@code ForkJoinPool.commonPool()}; on a two-core machine that pool has one worker, which every thread detecting
 * a language then waits for, so a batch of digests could not use two cores. This class runs the same steps, in
 * the same order and with the same float arithmetic, one after the other on the calling thread, through the
 * steps Lingua compiles as public members (Kotlin {@code internal}). {@code LinguaConfidencesTest} checks that
 * the answers equal Lingua's own on every test text, so a Lingua upgrade that changes them fails the build.
 * Stateless and thread-safe; the models are Lingua's.
 */
final class LinguaConfidences {

    /** Lingua scores texts of at least this many characters (after its clean-up) with trigrams only. */
    private static final int TRIGRAMS_ONLY_FROM = 120;
    /** Lingua's own test for a text without letters (its {@code Constant.NO_LETTER}, a Kotlin regex). */
    private static final Pattern NO_LETTER = Pattern.compile("^[^\\p{L}]+$");

    private LinguaConfidences() {
    }

    /**
     * @return language → Lingua's relative confidence (1.0 for the best, {@code best / p} for the others, as in
     *         {@code computeLanguageConfidenceValues}); empty when the text has no letters
     */
    static Map<Language, Double> of(com.github.pemistahl.lingua.api.LanguageDetector lingua, String text) {
        String cleaned = lingua.cleanUpInputText$lingua(text);
        if (cleaned.isEmpty() || NO_LETTER.matcher(cleaned).matches()) {
            return Map.of();
        }
        List<String> words = lingua.splitTextIntoWords$lingua(cleaned);
        Language byRules = lingua.detectLanguageWithRules$lingua(words);
        if (byRules != Language.UNKNOWN) {
            return Map.of(byRules, 1.0);
        }
        Set<Language> candidates = lingua.filterLanguagesByRules$lingua(words);
        if (candidates.size() == 1) {
            return Map.of(candidates.iterator().next(), 1.0);
        }
        boolean trigramsOnly = cleaned.length() >= TRIGRAMS_ONLY_FROM;
        List<Map<Language, Float>> probabilities = new ArrayList<>();
        Map<Language, Integer> unigramCounts = Map.of();
        for (int n = trigramsOnly ? 3 : 1; n <= (trigramsOnly ? 3 : 5) && n <= cleaned.length(); n++) {
            TestDataLanguageModel model = TestDataLanguageModel.Companion.fromText(cleaned, n);
            Map<Language, Float> scored = lingua.computeLanguageProbabilities$lingua(model, candidates);
            if (n == 1) {
                unigramCounts = lingua.countUnigramsOfInputText$lingua(model, scoredFirst(candidates, scored));
            }
            probabilities.add(scored);
        }
        Map<Language, Float> summed = lingua.sumUpProbabilities$lingua(probabilities, unigramCounts, candidates);
        if (summed.isEmpty()) {
            return Map.of();
        }
        float highest = Float.NEGATIVE_INFINITY;
        for (float value : summed.values()) {
            highest = Math.max(highest, value);
        }
        Map<Language, Double> relative = new HashMap<>();
        for (Map.Entry<Language, Float> entry : summed.entrySet()) {
            relative.put(entry.getKey(), (double) (highest / entry.getValue()));
        }
        return relative;
    }

    /** The candidates the unigram scoring kept, in the candidates' order; all of them when it kept none. */
    private static Set<Language> scoredFirst(Set<Language> candidates, Map<Language, Float> scored) {
        if (scored.isEmpty()) {
            return candidates;
        }
        Set<Language> kept = new LinkedHashSet<>();
        for (Language language : candidates) {
            if (scored.containsKey(language)) {
                kept.add(language);
            }
        }
        return kept;
    }
}
