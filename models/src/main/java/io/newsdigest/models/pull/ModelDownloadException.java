package io.newsdigest.models.pull;

import java.util.Optional;
import java.util.OptionalInt;

/** A pull that failed; the message names the model id, the file and, when the hub answered, the HTTP status. */
public class ModelDownloadException extends RuntimeException {

    private final String modelId;
    private final Optional<String> file;
    private final OptionalInt httpStatus;

    /**
     * @param modelId    the model being pulled
     * @param file       the file concerned, if one
     * @param httpStatus the hub's HTTP status, if it answered
     * @param message    complete message naming the above
     * @param cause      the underlying failure, or null
     */
    public ModelDownloadException(String modelId, Optional<String> file, OptionalInt httpStatus, String message,
                                  Throwable cause) {
        super(message, cause);
        this.modelId = modelId;
        this.file = file;
        this.httpStatus = httpStatus;
    }

    /** @return id of the model that could not be pulled */
    public String modelId() {
        return modelId;
    }

    /** @return the file that failed, when the failure concerns one */
    public Optional<String> file() {
        return file;
    }

    /** @return the HTTP status the hub answered with, when it answered */
    public OptionalInt httpStatus() {
        return httpStatus;
    }
}
