package io.newsdigest.models;

import java.nio.file.Path;

/**
 * A model that must not be loaded: not installed, or its files do not match its manifest (missing, wrong size,
 * tampered, unlisted). The message names the model id and the path concerned.
 */
public class ModelVerificationException extends RuntimeException {

    private final String modelId;
    private final Path path;

    /**
     * @param modelId the model concerned
     * @param path    the folder or file concerned
     * @param message what is wrong, already naming the id and path
     */
    public ModelVerificationException(String modelId, Path path, String message) {
        super(message);
        this.modelId = modelId;
        this.path = path;
    }

    /** @return id of the refused model */
    public String modelId() {
        return modelId;
    }

    /** @return the model folder or file the problem concerns */
    public Path path() {
        return path;
    }
}
