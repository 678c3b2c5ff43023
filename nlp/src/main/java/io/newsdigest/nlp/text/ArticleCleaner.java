package io.newsdigest.nlp.text;

import java.util.Optional;

/**
 * Turns what users paste (web text or a whole HTML page) into clean article text. Thread-safe; never throws
 * on any input.
 */
public interface ArticleCleaner {

    /** Cleans pasted plain text; {@code title} is the headline when the caller knows it. */
    CleanArticle fromText(String text, Optional<String> title);

    /** Extracts the main text, headline and byline of an HTML page. */
    CleanArticle fromHtml(String html, Optional<String> title);
}
