package io.newsdigest.nlp.chat;

import dev.langchain4j.exception.HttpException;

import java.time.Duration;
import java.util.Optional;

/**
 * A model server answered with a status other than 2xx. Unlike LangChain4j's own {@link HttpException} it keeps the
 * server's {@code Retry-After}, so that a busy server is left alone for as long as it asked.
 */
public final class ModelServerHttpException extends HttpException {

    private final transient Optional<Duration> retryAfter;

    public ModelServerHttpException(int statusCode, String body, Optional<Duration> retryAfter) {
        super(statusCode, "HTTP " + statusCode + (body.isBlank() ? "" : ": " + body));
        this.retryAfter = retryAfter;
    }

    /** @return the wait the server asked for with {@code Retry-After}, when it sent one */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
