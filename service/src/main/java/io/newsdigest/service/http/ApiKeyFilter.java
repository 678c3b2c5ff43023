package io.newsdigest.service.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * Requires one of the configured API keys on {@code /v1/*} ({@code Authorization: Bearer <key>} or
 * {@code X-API-Key: <key>}); health, metrics, the spec and the page stay open. Keys are compared in constant time
 * and never logged. Thread-safe.
 */
public final class ApiKeyFilter implements Filter {

    private static final io.helidon.http.HeaderName X_API_KEY = HeaderNames.create("X-API-Key");

    private final List<byte[]> keys;

    public ApiKeyFilter(List<String> keys) {
        this.keys = keys.stream().map(key -> key.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (keys.isEmpty() || !req.path().path().startsWith("/v1/") || presented(req).map(this::valid).orElse(false)) {
            chain.proceed();
            return;
        }
        res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
        ProblemResponses.send(res, ProblemResponses.problem(Status.UNAUTHORIZED_401,
                "A valid API key is required (Authorization: Bearer <key> or X-API-Key: <key>).", Optional.empty()));
    }

    private static Optional<String> presented(RoutingRequest req) {
        Optional<String> header = req.headers().first(X_API_KEY);
        if (header.isPresent()) {
            return header.map(String::strip);
        }
        return req.headers().first(HeaderNames.AUTHORIZATION)
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).strip());
    }

    private boolean valid(String candidate) {
        byte[] bytes = candidate.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] key : keys) {
            match |= MessageDigest.isEqual(key, bytes);
        }
        return match;
    }
}
