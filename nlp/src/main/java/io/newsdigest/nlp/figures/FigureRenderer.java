package io.newsdigest.nlp.figures;

/**
 * Writes a figure in a target language with that language's number format ("more than 115,000 chips",
 * "mehr als 115.000 Chips"). Thread-safe.
 */
public interface FigureRenderer {

    /**
     * @param figure the figure to render
     * @param targetLanguage ISO 639-1 code of the language to write in
     * @return the figure in that language; never null
     */
    String render(KeyFigure figure, String targetLanguage);
}
