package io.newsdigest.nlp.chat;

import java.util.Objects;

/** The chat model gave no usable answer; {@link #failure()} says why. Callers fall back to the local path. */
public final class ChatCallException extends RuntimeException {

    private final transient ChatFailure failure;

    public ChatCallException(ChatFailure failure, Throwable cause) {
        super(Objects.requireNonNull(failure, "failure").message(), cause);
        this.failure = failure;
    }

    public ChatCallException(ChatFailure failure) {
        this(failure, null);
    }

    public ChatFailure failure() {
        return failure;
    }
}
