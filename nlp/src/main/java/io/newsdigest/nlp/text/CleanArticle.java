package io.newsdigest.nlp.text;

import java.util.Objects;
import java.util.Optional;

/**
 * Article text ready for analysis: page furniture removed, whitespace and Unicode normalized.
 *
 * @param text the cleaned body text; every span the library reports points into it
 * @param title the headline, when one was given or found
 * @param byline the author line, when found in HTML
 * @param source a trailing attribution ("Quelle: dpa", "Source: Bloomberg"), removed from {@code text}
 */
public record CleanArticle(String text, Optional<String> title, Optional<String> byline, Optional<String> source) {
    public CleanArticle {
        Objects.requireNonNull(text, "text");
    }
}
