package io.newsdigest.nlp;

import java.util.Optional;

/**
 * An article to digest: plain text or HTML, with an optional headline and known language.
 *
 * @param text plain text (pasted web text is fine); empty when {@code html} is given
 * @param html the article page as HTML
 * @param title the headline, when known separately
 * @param language ISO 639-1 code when the caller knows it; detection is skipped then
 */
public record Article(Optional<String> text, Optional<String> html, Optional<String> title,
                      Optional<String> language) {

    public static Article ofText(String text) {
        return new Article(Optional.of(text), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Article ofHtml(String html) {
        return new Article(Optional.empty(), Optional.of(html), Optional.empty(), Optional.empty());
    }

    public Article withTitle(String newTitle) {
        return new Article(text, html, Optional.ofNullable(newTitle), language);
    }
}
