package io.newsdigest.service.http;

import io.helidon.http.Status;

import java.util.Optional;

/**
 * A failure the client can act on, with the HTTP status it maps to and, for 422, the field at fault.
 * Thrown by handlers and filters; turned into problem+json by {@link ProblemResponses}.
 */
public class ApiException extends RuntimeException {

    private final Status status;
    private final Optional<String> field;
    private final Optional<Integer> retryAfterSeconds;

    public ApiException(Status status, String detail) {
        this(status, detail, Optional.empty(), Optional.empty());
    }

    ApiException(Status status, String detail, Optional<String> field, Optional<Integer> retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A 422 naming the invalid field. */
    public static ApiException invalidField(String field, String detail) {
        return new ApiException(Status.UNPROCESSABLE_CONTENT_422, detail, Optional.of(field), Optional.empty());
    }

    /** A 429 asking the client to come back after the given number of seconds. */
    public static ApiException busy(String detail, int retryAfterSeconds) {
        return new ApiException(Status.TOO_MANY_REQUESTS_429, detail, Optional.empty(), Optional.of(retryAfterSeconds));
    }

    public Status status() {
        return status;
    }

    public Optional<String> field() {
        return field;
    }

    public Optional<Integer> retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
