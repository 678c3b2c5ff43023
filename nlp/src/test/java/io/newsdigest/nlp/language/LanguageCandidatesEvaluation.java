package io.newsdigest.nlp.language;

import io.newsdigest.nlp.eval.LanguageEvaluation;

import java.nio.file.Path;

/**
 * Prints the {@link LanguageEvaluation} tables for the candidates that are test dependencies only (OpenNLP
 * langdetect, Optimaize). Run with the test class path; argument: the langid folder.
 */
public final class LanguageCandidatesEvaluation {

    private LanguageCandidatesEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/eval/langid/lingua");
        var languages = LinguaLanguageDetector.DEFAULT_LANGUAGES;
        long start = System.nanoTime();
        LanguageDetector openNlp = CandidateLanguageDetectors.openNlp(languages);
        System.out.printf("OpenNLP langdetect-183 loaded in %.1f s%n%n", (System.nanoTime() - start) / 1e9);
        System.out.println(LanguageEvaluation.markdown(LanguageEvaluation.evaluate(
                "OpenNLP langdetect-183, restricted to the same 12 languages", openNlp, folder)));
        start = System.nanoTime();
        LanguageDetector optimaize = CandidateLanguageDetectors.optimaize(languages);
        System.out.printf("Optimaize 0.6 loaded in %.1f s%n%n", (System.nanoTime() - start) / 1e9);
        System.out.println(LanguageEvaluation.markdown(LanguageEvaluation.evaluate(
                "Optimaize language-detector 0.6 (Tika), same languages (nb/nn share one Norwegian profile)",
                optimaize, folder)));
    }
}
