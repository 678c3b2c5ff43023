package io.newsdigest.nlp.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The detectors measured against {@link LinguaLanguageDetector}, restricted to the same languages by keeping only
 * their candidates in the set and renormalising. Test scope only: their models are not shipped.
 */
final class CandidateLanguageDetectors {

    private static final Map<String, String> ISO_639_3 = Map.ofEntries(Map.entry("deu", "de"),
            Map.entry("eng", "en"), Map.entry("nld", "nl"), Map.entry("dan", "da"), Map.entry("swe", "sv"),
            Map.entry("nob", "nb"), Map.entry("nor", "nb"), Map.entry("nno", "nn"), Map.entry("afr", "af"),
            Map.entry("fra", "fr"), Map.entry("spa", "es"), Map.entry("ita", "it"), Map.entry("pol", "pl"));

    private CandidateLanguageDetectors() {
    }

    /** OpenNLP's langdetect-183 model (103 languages, trained on Leipzig corpora). Not thread-safe. */
    static LanguageDetector openNlp(Set<String> languages) {
        LanguageDetectorME detector;
        try (InputStream in = CandidateLanguageDetectors.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("model langdetect-183.bin not on the test classpath");
            }
            detector = new LanguageDetectorME(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read langdetect-183.bin", e);
        }
        return text -> {
            List<LanguageScore> scores = new ArrayList<>();
            for (opennlp.tools.langdetect.Language language : detector.predictLanguages(text)) {
                String code = ISO_639_3.get(language.getLang());
                if (code != null && languages.contains(code)) {
                    scores.add(new LanguageScore(code, language.getConfidence()));
                }
            }
            return top(scores);
        };
    }

    /**
     * Optimaize language-detector 0.6 (the detector inside Apache Tika's optimaize module). It has one profile for
     * Norwegian, reported here as {@code nb}.
     */
    static LanguageDetector optimaize(Set<String> languages) {
        List<String> profiles = languages.stream().map(c -> c.equals("nb") || c.equals("nn") ? "no" : c)
                .distinct().toList();
        com.optimaize.langdetect.LanguageDetector detector;
        try {
            detector = com.optimaize.langdetect.LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().read(profiles)).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Optimaize profiles " + profiles, e);
        }
        return text -> {
            List<LanguageScore> scores = new ArrayList<>();
            for (DetectedLanguage language : detector.getProbabilities(text)) {
                String code = language.getLocale().getLanguage();
                scores.add(new LanguageScore(code.equals("no") ? "nb" : code, language.getProbability()));
            }
            return top(scores);
        };
    }

    private static LanguageGuess top(List<LanguageScore> raw) {
        double sum = raw.stream().mapToDouble(LanguageScore::confidence).sum();
        if (raw.isEmpty() || !(sum > 0)) {
            return LanguageGuess.undetermined(0, List.of());
        }
        List<LanguageScore> scores = raw.stream()
                .map(s -> new LanguageScore(s.code(), Math.min(1, s.confidence() / sum)))
                .sorted(Comparator.comparingDouble(LanguageScore::confidence).reversed()).toList();
        return new LanguageGuess(scores.getFirst().code(), scores.getFirst().confidence(), scores);
    }
}
