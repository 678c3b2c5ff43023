package io.newsdigest.nlp.language;

import io.newsdigest.nlp.text.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The language of each sentence of a text and the dominant language of the whole, for texts that mix languages
 * (an English quote in a German article).
 *
 * <p>The dominant language is the one with the largest share of letters among the sentences, each sentence
 * weighted by its confidence; its confidence is that share. When no sentence is determined the dominant language
 * is the detector's answer for the whole text. Immutable; {@link #of} is as thread-safe as the detector.
 *
 * @param dominant the language most of the text is written in, with the shares of all languages as candidates
 * @param sentences one guess per sentence, in the order given
 */
public record SentenceLanguages(LanguageGuess dominant, List<SentenceLanguage> sentences) {

    /**
     * @param sentence the sentence
     * @param guess its language; short sentences are often {@code und}
     */
    public record SentenceLanguage(Sentence sentence, LanguageGuess guess) {
    }

    public SentenceLanguages {
        sentences = List.copyOf(sentences);
    }

    /**
     * Detects the language of every sentence of {@code text} (in one {@link LanguageDetector#detectAll} call) and
     * the dominant one.
     */
    public static SentenceLanguages of(LanguageDetector detector, String text, List<Sentence> sentences) {
        List<SentenceLanguage> guesses = new ArrayList<>();
        Map<String, Double> weight = new LinkedHashMap<>();
        double total = 0;
        List<LanguageGuess> detected = detector.detectAll(sentences.stream().map(Sentence::text).toList());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            LanguageGuess guess = detected.get(i);
            guesses.add(new SentenceLanguage(sentence, guess));
            long letters = sentence.text().codePoints().filter(Character::isLetter).count();
            total += letters;
            if (guess.isDetermined()) {
                weight.merge(guess.code(), letters * guess.confidence(), Double::sum);
            }
        }
        if (weight.isEmpty()) {
            return new SentenceLanguages(detector.detect(text == null ? "" : text), guesses);
        }
        double letters = total;
        List<LanguageScore> shares = weight.entrySet().stream()
                .map(e -> new LanguageScore(e.getKey(), Math.min(1, e.getValue() / letters)))
                .sorted(Comparator.comparingDouble(LanguageScore::confidence).reversed())
                .toList();
        LanguageScore best = shares.getFirst();
        String decidedBy = guesses.stream().map(g -> g.guess().detector()).filter(d -> !d.isEmpty()).findFirst()
                .orElse("");
        return new SentenceLanguages(new LanguageGuess(best.code(), best.confidence(), shares, decidedBy), guesses);
    }

    /** @return whether more than one language was determined among the sentences */
    public boolean isMixed() {
        return sentences.stream().map(s -> s.guess().code()).filter(c -> !LanguageGuess.UNDETERMINED_CODE.equals(c))
                .distinct().count() > 1;
    }
}
