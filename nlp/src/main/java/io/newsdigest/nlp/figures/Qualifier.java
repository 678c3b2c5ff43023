package io.newsdigest.nlp.figures;

import java.util.Locale;

/** How the text qualifies a figure ("mehr als", "about", "bis zu", ...). */
public enum Qualifier {
    EXACT, ABOUT, MORE_THAN, AT_LEAST, LESS_THAN, UP_TO;

    /** @return the lower-case name used on the wire ({@code more_than}, ...) */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
