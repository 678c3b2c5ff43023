package io.newsdigest.service.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.util.Optional;

/**
 * Guards {@code /v1/*}: media type (415) and declared body size (413) at once, then a processing slot from the
 * {@link AdmissionQueue} (waiting for one, or 429 with Retry-After when the queue refuses). Thread-safe.
 */
public final class RequestGate implements Filter {

    private final AdmissionQueue admission;
    private final long maxBodyBytes;
    private final long maxBatchBytes;

    public RequestGate(AdmissionQueue admission, long maxBodyBytes, long maxBatchBytes) {
        this.admission = admission;
        this.maxBodyBytes = maxBodyBytes;
        this.maxBatchBytes = maxBatchBytes;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String path = req.path().path();
        if (!path.startsWith("/v1/")) {
            chain.proceed();
            return;
        }
        boolean batch = path.equals("/v1/batch");
        Optional<ApiException> refusal = check(req, batch);
        if (refusal.isPresent()) {
            ProblemResponses.send(res, ProblemResponses.fromUnexpected(refusal.get()));
            return;
        }
        AdmissionQueue.Slot slot;
        try {
            slot = admission.admit(!batch);
        } catch (ApiException busy) {
            busy.retryAfterSeconds().ifPresent(seconds -> res.header(HeaderNames.RETRY_AFTER, String.valueOf(seconds)));
            ProblemResponses.send(res, ProblemResponses.fromUnexpected(busy));
            return;
        }
        try (slot) {
            chain.proceed();
        }
    }

    /** POST routes that take no body, so that {@code curl -X POST …} needs no Content-Type. */
    private static final java.util.Set<String> BODILESS = java.util.Set.of("/v1/models/reload");

    private Optional<ApiException> check(RoutingRequest req, boolean batch) {
        if (req.prologue().method() != Method.POST || BODILESS.contains(req.path().path())) {
            return Optional.empty();
        }
        long limit = batch ? maxBatchBytes : maxBodyBytes;
        if (req.headers().contentLength().orElse(0) > limit) {
            return Optional.of(JsonBodies.tooLarge(limit));
        }
        Optional<HttpMediaType> type = req.headers().contentType();
        String expected = batch ? "application/x-ndjson" : "application/json";
        boolean accepted = type.map(t -> accepts(t, batch)).orElse(false);
        if (!accepted) {
            String actual = type.map(t -> t.mediaType().text()).orElse("no Content-Type");
            return Optional.of(new ApiException(Status.UNSUPPORTED_MEDIA_TYPE_415,
                    "This endpoint takes " + expected + ", not " + actual + "."));
        }
        return Optional.empty();
    }

    private static boolean accepts(HttpMediaType type, boolean batch) {
        String text = type.mediaType().text().toLowerCase(java.util.Locale.ROOT);
        if (batch) {
            // Generated clients label any string body application/json; the lines are parsed the same way.
            return text.equals("application/x-ndjson") || text.equals("application/jsonl")
                    || text.equals("application/ndjson") || text.equals("application/json");
        }
        return text.equals("application/json") || text.endsWith("+json");
    }
}
