package io.newsdigest.service.batch;

/** The batch cannot start (bad option, missing input, an output that would be overwritten); the message is one line for the user. */
public final class BatchStartException extends RuntimeException {

    public BatchStartException(String message) {
        super(message);
    }
}
