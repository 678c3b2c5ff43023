package io.newsdigest.nlp.figures;

/**
 * The thing a figure counts or measures, as written ("Nvidia-KI-Chips"), its base form ("Chip") and language.
 */
public record FigureLabel(String text, String lemma, String language) {
}
