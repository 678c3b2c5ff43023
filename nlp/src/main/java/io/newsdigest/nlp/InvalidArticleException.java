package io.newsdigest.nlp;

/** The article or an option cannot be processed as given; {@link #field()} names the culprit. */
public class InvalidArticleException extends RuntimeException {

    private final String field;

    public InvalidArticleException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** @return the name of the request field at fault, as the API spells it */
    public String field() {
        return field;
    }
}
