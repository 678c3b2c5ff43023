package io.newsdigest.nlp.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Detects the language with Lingua's high-accuracy n-gram models, restricted to German, English and their usual
 * confusables, with calibrated confidences and a prior for the expected languages (de, en). Answers
 * {@code und} when the text has too few letters or the best language is less probable than
 * {@link Builder#minConfidence(double)}.
 *
 * <p>Thread-safe; detection runs on the caller's thread ({@link LinguaConfidences}: Lingua's own method would use
 * the JVM's common fork-join pool). Building loads every model of the configured languages into memory (the default twelve
 * languages: about 320 MB of heap retained, 5 s on an idle core, longer on a busy machine), so build it once at
 * start-up. The owner closes it; closing unloads the models of its languages, which Lingua keeps in process-wide
 * maps shared by all its detectors (another open detector over the same languages then reloads them lazily).
 * Safe to close twice. Only the first 1500 characters of a text are looked at ({@link Builder#maxChars(int)}).
 * It does not detect languages outside the configured set and does not split mixed texts (see
 * {@link SentenceLanguages}).
 */
public final class LinguaLanguageDetector implements LanguageDetector, AutoCloseable {

    /** {@link LanguageGuess#detector()} of this detector's answers. */
    public static final String NAME = "lingua";

    /** German, English and the languages most often mistaken for them. */
    public static final Set<String> DEFAULT_LANGUAGES =
            Set.of("de", "en", "nl", "da", "sv", "nb", "nn", "af", "fr", "es", "it", "pl");

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final Map<Language, String> codes;
    private final ConfidenceCalibration calibration;
    private final double minConfidence;
    private final int minLetters;
    private final int maxChars;

    private LinguaLanguageDetector(Builder builder, Map<Language, String> codes) {
        this.codes = Map.copyOf(codes);
        this.lingua = LanguageDetectorBuilder.fromLanguages(codes.keySet().toArray(Language[]::new))
                .withPreloadedLanguageModels().build();
        this.calibration = new ConfidenceCalibration(builder.expected, builder.priorOdds);
        this.minConfidence = builder.minConfidence;
        this.minLetters = builder.minLetters;
        this.maxChars = builder.maxChars;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public LanguageGuess detect(CharSequence text) {
        String input = prefix(text == null ? "" : text.toString());
        int letters = (int) input.codePoints().filter(Character::isLetter).count();
        if (letters < minLetters) {
            return LanguageGuess.undetermined(0, List.of()).decidedBy(NAME);
        }
        Map<Language, Double> relative = LinguaConfidences.of(lingua, input);
        Map<String, Double> byCode = new HashMap<>();
        relative.forEach((language, value) -> byCode.put(codes.get(language), value));
        List<LanguageScore> candidates = calibration.calibrate(byCode, letters);
        if (candidates.isEmpty() || candidates.getFirst().confidence() < minConfidence) {
            double best = candidates.isEmpty() ? 0 : candidates.getFirst().confidence();
            return LanguageGuess.undetermined(best, candidates).decidedBy(NAME);
        }
        return new LanguageGuess(candidates.getFirst().code(), candidates.getFirst().confidence(), candidates, NAME);
    }

    /**
     * The first {@link Builder#maxChars(int)} characters, cut at a space: a few sentences already decide the
     * language, and Lingua's cost grows with the length of its input.
     */
    private String prefix(String text) {
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars);
        return text.substring(0, cut > maxChars / 2 ? cut : maxChars);
    }

    /** @return the ISO 639-1 codes this detector chooses from */
    public Set<String> languages() {
        return Set.copyOf(codes.values());
    }

    @Override
    public void close() {
        lingua.unloadLanguageModels();
    }

    /** Options of a {@link LinguaLanguageDetector}; validated when set. Not thread-safe. */
    public static final class Builder {
        private Set<String> languages = DEFAULT_LANGUAGES;
        private Set<String> expected = Set.of("de", "en");
        private double priorOdds = 4.0;
        private double minConfidence = 0.35;
        private int minLetters = 2;
        private int maxChars = 1500;

        private Builder() {
        }

        /** The ISO 639-1 codes to choose from; at least two, each known to Lingua. */
        public Builder languages(Set<String> languages) {
            if (languages == null || languages.size() < 2) {
                throw new IllegalArgumentException("languages must name at least two ISO 639-1 codes: " + languages);
            }
            this.languages = Set.copyOf(languages);
            return this;
        }

        /**
         * The languages the input is expected to be in, and how much more likely each is a priori than any
         * other candidate ({@code 1} disables the prior). Expected languages outside {@link #languages(Set)} are
         * ignored.
         */
        public Builder expected(Set<String> expected, double priorOdds) {
            if (expected == null) {
                throw new IllegalArgumentException("expected must not be null");
            }
            if (!(priorOdds >= 1 && priorOdds <= 100)) {
                throw new IllegalArgumentException("priorOdds must be in [1, 100]: " + priorOdds);
            }
            this.expected = Set.copyOf(expected);
            this.priorOdds = priorOdds;
            return this;
        }

        /** Below this calibrated probability the answer is {@code und}. */
        public Builder minConfidence(double minConfidence) {
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + minConfidence);
            }
            this.minConfidence = minConfidence;
            return this;
        }

        /** Texts with fewer letters are {@code und}. */
        public Builder minLetters(int minLetters) {
            if (minLetters < 1) {
                throw new IllegalArgumentException("minLetters must be at least 1: " + minLetters);
            }
            this.minLetters = minLetters;
            return this;
        }

        /** Only the first {@code maxChars} characters of a text are looked at (cut at a space). */
        public Builder maxChars(int maxChars) {
            if (maxChars < 100) {
                throw new IllegalArgumentException("maxChars must be at least 100: " + maxChars);
            }
            this.maxChars = maxChars;
            return this;
        }

        /** Loads the models; slow (seconds), so call it once. */
        public LinguaLanguageDetector build() {
            Map<Language, String> codes = new EnumMap<>(Language.class);
            for (String code : new LinkedHashSet<>(languages)) {
                codes.put(linguaLanguage(code), code.toLowerCase(Locale.ROOT));
            }
            return new LinguaLanguageDetector(this, codes);
        }

        private static Language linguaLanguage(String code) {
            try {
                IsoCode639_1 iso = IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT));
                return Language.getByIsoCode639_1(iso);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("languages contains a code Lingua does not know: " + code, e);
            }
        }
    }
}
