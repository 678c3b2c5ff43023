package io.newsdigest.nlp.figures;

/** A further place in the text where the same figure is mentioned. */
public record FigureMention(String text, int start, int end, int sentenceIndex) {
}
