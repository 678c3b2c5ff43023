package io.newsdigest.nlp.language;

/**
 * A candidate language and its confidence.
 *
 * @param code ISO 639-1 code
 * @param confidence calibrated probability in [0, 1]
 */
public record LanguageScore(String code, double confidence) {
}
