package io.newsdigest.service.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.RequestException;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerResponse;
import io.newsdigest.api.model.Problem;
import io.newsdigest.json.Problems;

import java.util.Optional;

/**
 * The one place where failures become HTTP answers: RFC 9457 {@code application/problem+json} documents.
 *
 * <p>Client errors carry a detail that says what to fix. Anything unexpected is a 500 that is logged once and
 * leaks no internals. Thread-safe.
 */
public final class ProblemResponses {

    /** The problem+json media type. */
    public static final HttpMediaType PROBLEM_JSON = HttpMediaType.create("application/problem+json");

    private static final System.Logger LOG = System.getLogger(ProblemResponses.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY);

    private ProblemResponses() {
    }

    /** Registers the error handlers on a routing. */
    public static void register(HttpRouting.Builder routing) {
        routing.error(ApiException.class, (req, res, e) -> {
                    e.retryAfterSeconds().ifPresent(seconds -> res.header(HeaderNames.RETRY_AFTER, String.valueOf(seconds)));
                    send(res, problemOf(e));
                })
                .error(io.helidon.http.NotFoundException.class, (req, res, e) -> send(res, problem(Status.NOT_FOUND_404,
                        "No resource at " + req.prologue().method().text() + " " + req.path().path()
                                + ". The API is under /v1; its description is at /openapi.", Optional.empty())))
                .error(RequestException.class, (req, res, e) -> send(res,
                        problem(e.status(), detail(e.status(), e.getMessage()), Optional.empty())))
                // Static content answers a conditional GET by throwing 304 (Not Modified): a status, not a failure.
                .error(io.helidon.http.HttpException.class, (req, res, e) -> {
                    if (e.status().code() < 400) {
                        res.status(e.status());
                        res.send();
                    } else {
                        send(res, problem(e.status(), detail(e.status(), e.getMessage()), Optional.empty()));
                    }
                })
                .error(Exception.class, (req, res, e) -> send(res, fromUnexpected(e)));
    }

    /** Direct handlers so that errors raised by the server itself (before routing) are problem+json too. */
    public static DirectHandlers directHandlers() {
        DirectHandler handler = (request, eventType, status, headers, message) -> directResponse(status, headers, message);
        DirectHandlers.Builder builder = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    /** Sends a problem document with its status; callers set any extra header (Retry-After) first. */
    public static void send(ServerResponse res, Problem problem) {
        res.status(Status.create(problem.getStatus()));
        res.headers().contentType(PROBLEM_JSON);
        res.send(json(problem));
    }

    /** Builds a problem document. */
    public static Problem problem(Status status, String detail, Optional<String> field) {
        Problem problem = Problems.problem(status.code(), detail, field);
        problem.setTitle(status.reasonPhrase());
        return problem;
    }

    /** Maps any failure to a problem document; what the client caused is 4xx, the rest 500. */
    public static Problem fromUnexpected(Throwable e) {
        if (e instanceof ApiException api) {
            return problemOf(api);
        }
        return Problems.of(e);
    }

    static String json(Problem problem) {
        try {
            return MAPPER.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document is always serializable", e);
        }
    }

    private static Problem problemOf(ApiException e) {
        return problem(e.status(), e.getMessage(), e.field());
    }

    /** The first line of a server message, or the status's reason phrase when there is none. */
    private static String detail(Status status, String message) {
        if (message == null || message.isBlank()) {
            return status.reasonPhrase();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static DirectHandler.TransportResponse directResponse(Status status, ServerResponseHeaders headers,
                                                                  String message) {
        String detail = status.code() == 413
                ? "The request body is larger than the configured limit." : detail(status, message);
        headers.set(HeaderNames.CONTENT_TYPE, PROBLEM_JSON.text());
        return DirectHandler.TransportResponse.builder()
                .status(status)
                .headers(headers)
                .entity(json(problem(status, detail, Optional.empty())))
                .build();
    }
}
