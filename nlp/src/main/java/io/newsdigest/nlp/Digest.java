package io.newsdigest.nlp;

import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.language.LanguageGuess;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The digest of one article.
 *
 * @param language the article's language
 * @param title the headline given or found
 * @param source a trailing attribution found in the text
 * @param text the cleaned text all offsets refer to, when asked for
 * @param summary the summary
 * @param keyFigures the key figures, most salient first, rendered in the target language
 * @param warnings what the caller should know (no translation model, fallback to extractive, ...)
 * @param models ids of the models that took part
 * @param timingsMs milliseconds spent per step, and {@code total}
 */
public record Digest(LanguageGuess language, Optional<String> title, Optional<String> source,
                     Optional<String> text, DigestSummary summary, List<RenderedFigure> keyFigures,
                     List<String> warnings, List<String> models, Map<String, Double> timingsMs) {

    public Digest {
        keyFigures = List.copyOf(keyFigures);
        warnings = List.copyOf(warnings);
        models = List.copyOf(models);
        timingsMs = Map.copyOf(timingsMs);
    }

    /**
     * A key figure with its rendering in the target language.
     *
     * @param figure the figure as found
     * @param rendered the figure written in the target language
     */
    public record RenderedFigure(KeyFigure figure, String rendered) {
    }
}
