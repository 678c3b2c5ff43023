package io.newsdigest.nlp.chat;

import dev.langchain4j.exception.TimeoutException;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the chat model gave no usable answer, in words an editor or operator can act on.
 *
 * @param kind       the class of failure (also the {@code outcome} label of the call metrics)
 * @param message    one sentence naming the cause ("the model server answered HTTP 429 (retry after 30 s)")
 * @param retryAfter how long the server asked to be left alone, for {@link Kind#RATE_LIMITED} and 503
 */
public record ChatFailure(Kind kind, String message, Optional<Duration> retryAfter) {

    /** Classes of failure; {@link #label()} is used in metrics. */
    public enum Kind {
        TIMEOUT, UNREACHABLE, RATE_LIMITED, SERVER_ERROR, REJECTED, INVALID_ANSWER, BUSY, COOLING_DOWN, TOO_LONG;

        /** @return the lower-case name used as a metrics label */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ChatFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    static ChatFailure of(Kind kind, String message) {
        return new ChatFailure(kind, message, Optional.empty());
    }

    /** Classifies what a LangChain4j call threw, looking through its causes. */
    static ChatFailure of(Throwable thrown, Duration timeout) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ModelServerHttpException http) {
                return http(http);
            }
            if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
                return of(Kind.UNREACHABLE, "the model server could not be reached (" + describe(cause) + ")");
            }
            if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
                return of(Kind.TIMEOUT, "the model server did not answer within " + seconds(timeout));
            }
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return of(Kind.UNREACHABLE, "the model server's host name is unknown (" + describe(cause) + ")");
            }
        }
        return of(Kind.SERVER_ERROR, "the call to the model server failed (" + describe(thrown) + ")");
    }

    private static ChatFailure http(ModelServerHttpException http) {
        int status = http.statusCode();
        String after = http.retryAfter().map(wait -> " (retry after " + seconds(wait) + ")").orElse("");
        if (status == 429) {
            return new ChatFailure(Kind.RATE_LIMITED, "the model server answered HTTP 429 Too Many Requests" + after,
                    http.retryAfter());
        }
        if (status >= 500) {
            return new ChatFailure(Kind.SERVER_ERROR, "the model server answered HTTP " + status + after,
                    status == 503 ? http.retryAfter() : Optional.empty());
        }
        String hint = status == 401 || status == 403 ? "; check newsdigest.llm.api-key"
                : status == 404 ? "; check newsdigest.llm.base-url and newsdigest.llm.model" : "";
        return of(Kind.REJECTED, "the model server refused the request with HTTP " + status + hint);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName()
                : message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
