package io.newsdigest.nlp;

/** The request needs a model that is not installed; the message says which and how to install it. */
public class ModelNotInstalledException extends RuntimeException {

    private final String suggestedModel;

    public ModelNotInstalledException(String message, String suggestedModel) {
        super(message);
        this.suggestedModel = suggestedModel;
    }

    /** @return the catalog id of a model that would serve the request, or an empty string */
    public String suggestedModel() {
        return suggestedModel;
    }
}
