package io.newsdigest.nlp.chat;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The HTTP transport under LangChain4j's chat-model clients, on the JDK's {@code java.net.http} client. It exists for
 * what LangChain4j's own JDK transport drops: the {@code Retry-After} of a 429 or 503 answer (kept in
 * {@link ModelServerHttpException}). It never logs requests or answers (they carry articles), and it does not stream.
 *
 * <p>Thread-safe. {@link #close()} releases the JDK client's threads; the {@link LangChainModelServer} that built it
 * closes it.
 */
final class JdkHttpTransport implements HttpClient, AutoCloseable {

    private static final int MAX_ERROR_BODY = 300;

    private final java.net.http.HttpClient client;
    private final Duration readTimeout;
    private final Optional<String> bearer;

    private JdkHttpTransport(Duration connectTimeout, Duration readTimeout, Optional<String> bearer) {
        this.bearer = bearer;
        java.net.http.HttpClient.Builder builder = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1);
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        this.client = builder.build();
        this.readTimeout = readTimeout;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        java.net.http.HttpRequest.Builder jdk = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
        request.headers().forEach((name, values) -> values.forEach(value -> jdk.header(name, value)));
        // Ollama's clients send no key; a server behind an authenticating proxy still gets it.
        if (bearer.isPresent() && request.headers().keySet().stream().noneMatch("Authorization"::equalsIgnoreCase)) {
            jdk.header("Authorization", "Bearer " + bearer.get());
        }
        jdk.method(request.method().name(), request.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        if (readTimeout != null) {
            jdk.timeout(readTimeout);
        }
        try {
            HttpResponse<byte[]> response = client.send(jdk.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() < 200 || response.statusCode() > 299) {
                throw new ModelServerHttpException(response.statusCode(), errorBody(response.body()),
                        response.headers().firstValue("Retry-After").flatMap(JdkHttpTransport::retryAfter));
            }
            return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                    .headers(response.headers().map()).body(response.body()).build();
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the model server", e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedFeatureException("NewsDigest asks for whole answers, never for streams");
    }

    @Override
    public void close() {
        client.close();
    }

    /** {@code Retry-After} as seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(String value) {
        String text = value.strip();
        try {
            long seconds = Long.parseLong(text);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static String errorBody(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        return text.length() <= MAX_ERROR_BODY ? text : text.substring(0, MAX_ERROR_BODY) + "…";
    }

    /** Builds the transport with the timeouts the LangChain4j client asks for. */
    static final class Builder implements HttpClientBuilder {
        private final Optional<String> bearer;
        private Duration connectTimeout;
        private Duration readTimeout;
        private JdkHttpTransport built;

        /** @param bearer an API key to send when the client sends none */
        Builder(Optional<String> bearer) {
            this.bearer = bearer;
        }

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        /** Builds once; the client that asked for it and its owner share that one transport. */
        @Override
        public synchronized JdkHttpTransport build() {
            if (built == null) {
                built = new JdkHttpTransport(connectTimeout, readTimeout, bearer);
            }
            return built;
        }

        /** @return the transport, if {@link #build()} was called */
        synchronized Optional<JdkHttpTransport> built() {
            return Optional.ofNullable(built);
        }
    }
}
