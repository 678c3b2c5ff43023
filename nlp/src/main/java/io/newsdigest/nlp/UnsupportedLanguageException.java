package io.newsdigest.nlp;

import java.util.Collection;

/** A source or target language the installation cannot serve. */
public class UnsupportedLanguageException extends InvalidArticleException {

    public UnsupportedLanguageException(String field, String language, Collection<String> supported) {
        super(field, "Language '" + language + "' is not supported here; supported: " + String.join(", ", supported) + ".");
    }
}
