package io.newsdigest.nlp;

import java.util.List;

/** The figures of a text, in order of appearance, rendered in the target language. */
public record FigureReport(String language, List<Digest.RenderedFigure> figures, List<String> warnings) {
}
