package io.newsdigest.nlp.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Asks a fast detector first and a second, more careful one only where the first is weak: texts with few letters
 * (single words, word pairs, short headlines) and texts the fast detector is not confident about. The answer names
 * the detector that decided ({@link LanguageGuess#detector()}).
 *
 * <p>In the standard pipeline the fast detector is {@link FastTextLanguageDetector} (fastText's lid.176 on ONNX
 * Runtime, ten to fifty times cheaper than Lingua per article) and the careful one {@link LinguaLanguageDetector}, whose
 * n-gram models and de/en prior are stronger on a word or two. The two thresholds were tuned on the Lingua test
 * data with a two-fold check (docs/language.md). Thread-safe if both detectors are; runs on the caller's thread.
 * It owns neither detector: whoever built them closes them. It does not split mixed texts
 * ({@link SentenceLanguages}).
 */
public final class CascadeLanguageDetector implements LanguageDetector {

    /** Letters below which a text goes straight to the careful detector; tuned (docs/language.md). */
    public static final int DEFAULT_MIN_LETTERS = 20;
    /** The fast detector's confidence below which the careful detector decides; tuned (docs/language.md). */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.9;

    private final LanguageDetector fast;
    private final LanguageDetector careful;
    private final int minLetters;
    private final double minConfidence;

    /**
     * @param fast          asked first for texts with at least {@code minLetters} letters
     * @param careful       asked for shorter texts and where {@code fast} is below {@code minConfidence}
     * @param minLetters    letters a text needs before {@code fast} is asked (≥ 0)
     * @param minConfidence confidence {@code fast} needs for its answer to stand, in [0, 1]
     */
    public CascadeLanguageDetector(LanguageDetector fast, LanguageDetector careful, int minLetters,
                                   double minConfidence) {
        this.fast = Objects.requireNonNull(fast, "fast");
        this.careful = Objects.requireNonNull(careful, "careful");
        if (minLetters < 0) {
            throw new IllegalArgumentException("minLetters must not be negative: " + minLetters);
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + minConfidence);
        }
        this.minLetters = minLetters;
        this.minConfidence = minConfidence;
    }

    /** With the tuned thresholds {@link #DEFAULT_MIN_LETTERS} and {@link #DEFAULT_MIN_CONFIDENCE}. */
    public static CascadeLanguageDetector withDefaults(LanguageDetector fast, LanguageDetector careful) {
        return new CascadeLanguageDetector(fast, careful, DEFAULT_MIN_LETTERS, DEFAULT_MIN_CONFIDENCE);
    }

    /** @return whether the fast detector is asked first about {@code text} (it has enough letters) */
    public boolean asksFastFirst(CharSequence text) {
        return letters(text) >= minLetters;
    }

    /** @return whether the fast detector's guess stands */
    public boolean accepts(LanguageGuess fastGuess) {
        return fastGuess.isDetermined() && fastGuess.confidence() >= minConfidence;
    }

    @Override
    public LanguageGuess detect(CharSequence text) {
        CharSequence input = text == null ? "" : text;
        if (asksFastFirst(input)) {
            LanguageGuess guess = fast.detect(input);
            if (accepts(guess)) {
                return guess;
            }
        }
        return careful.detect(input);
    }

    @Override
    public List<LanguageGuess> detectAll(List<? extends CharSequence> texts) {
        List<LanguageGuess> guesses = new ArrayList<>(texts.size());
        List<CharSequence> longer = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            CharSequence text = texts.get(i) == null ? "" : texts.get(i);
            guesses.add(null);
            if (asksFastFirst(text)) {
                longer.add(text);
                at.add(i);
            }
        }
        List<LanguageGuess> fastGuesses = longer.isEmpty() ? List.of() : fast.detectAll(longer);
        for (int k = 0; k < fastGuesses.size(); k++) {
            if (accepts(fastGuesses.get(k))) {
                guesses.set(at.get(k), fastGuesses.get(k));
            }
        }
        for (int i = 0; i < guesses.size(); i++) {
            if (guesses.get(i) == null) {
                guesses.set(i, careful.detect(texts.get(i) == null ? "" : texts.get(i)));
            }
        }
        return guesses;
    }

    private static int letters(CharSequence text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
