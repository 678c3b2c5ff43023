package io.newsdigest.service.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.RequestException;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerResponse;
import io.newsdigest.api.model.FieldError;
import io.newsdigest.api.model.Problem;
import io.newsdigest.nlp.InvalidArticleException;
import io.newsdigest.nlp.ModelNotInstalledException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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
                .error(InvalidArticleException.class, (req, res, e) -> send(res,
                        problem(Status.UNPROCESSABLE_CONTENT_422, e.getMessage(), Optional.of(e.field()))))
                .error(ModelNotInstalledException.class, (req, res, e) -> send(res,
                        problem(Status.SERVICE_UNAVAILABLE_503, e.getMessage(), Optional.empty())))
                .error(io.helidon.http.NotFoundException.class, (req, res, e) -> send(res, problem(Status.NOT_FOUND_404,
                        "No resource at " + req.prologue().method().text() + " " + req.path().path()
                                + ". The API is under /v1; its description is at /openapi.", Optional.empty())))
                .error(RequestException.class, (req, res, e) -> send(res,
                        problem(e.status(), clientMessage(e), Optional.empty())))
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

    /** Sends a problem document with its status and, for 429, the Retry-After header. */
    public static void send(ServerResponse res, Problem problem) {
        res.status(Status.create(problem.getStatus()));
        res.headers().contentType(PROBLEM_JSON);
        res.send(json(problem));
    }

    /** Builds a problem document. */
    public static Problem problem(Status status, String detail, Optional<String> field) {
        Problem problem = new Problem();
        problem.setType("about:blank");
        problem.setTitle(status.reasonPhrase());
        problem.setStatus(status.code());
        problem.setDetail(detail);
        field.ifPresent(name -> {
            problem.setField(name);
            FieldError error = new FieldError();
            error.setField(name);
            error.setMessage(detail);
            problem.setErrors(List.of(error));
        });
        return problem;
    }

    /** Maps any failure to a problem document; what the client caused is 4xx, the rest 500. */
    public static Problem fromUnexpected(Throwable e) {
        Optional<Problem> client = fromJson(e);
        if (client.isPresent()) {
            return client.get();
        }
        if (e instanceof ApiException api) {
            return problemOf(api);
        }
        if (e instanceof InvalidArticleException invalid) {
            return problem(Status.UNPROCESSABLE_CONTENT_422, invalid.getMessage(), Optional.of(invalid.field()));
        }
        if (e instanceof ModelNotInstalledException missing) {
            return problem(Status.SERVICE_UNAVAILABLE_503, missing.getMessage(), Optional.empty());
        }
        LOG.log(System.Logger.Level.ERROR, "Unexpected failure while handling a request", e);
        return problem(Status.INTERNAL_SERVER_ERROR_500, "The server could not complete the request.", Optional.empty());
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

    /** Jackson failures somewhere in the cause chain: syntax is 400, a wrong type or value is 422 naming the field. */
    private static Optional<Problem> fromJson(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFormatException format) {
                String field = path(format);
                return Optional.of(problem(Status.UNPROCESSABLE_CONTENT_422, "Invalid value "
                        + quoted(format.getValue()) + " for '" + field + "'" + allowed(format) + ".", Optional.of(field)));
            }
            if (cause instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException instantiation
                    && instantiation.getType() != null && instantiation.getType().isEnumType()) {
                String field = path(instantiation);
                Class<?> type = instantiation.getType().getRawClass();
                return Optional.of(problem(Status.UNPROCESSABLE_CONTENT_422, "Invalid value for '" + field
                        + "'; allowed: " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", ")) + ".", Optional.of(field)));
            }
            if (cause instanceof UnrecognizedPropertyException) {
                continue;
            }
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                String field = path(mismatch);
                return Optional.of(problem(Status.UNPROCESSABLE_CONTENT_422, "'" + field + "' has the wrong type"
                        + expected(mismatch) + ".", Optional.of(field)));
            }
            if (cause instanceof StreamReadException || cause instanceof JsonMappingException) {
                return Optional.of(problem(Status.BAD_REQUEST_400, "The request body is not valid JSON: "
                        + firstLine(((JsonProcessingException) cause).getOriginalMessage()), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String allowed(InvalidFormatException e) {
        Class<?> type = e.getTargetType();
        if (type != null && type.isEnum()) {
            return "; allowed: " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        return type == null ? "" : "; expected " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (type == null) {
            return "";
        }
        String name = type.getSimpleName();
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "; expected a number";
        }
        return "String".equals(name) ? "; expected a string" : "; expected " + name;
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String clientMessage(RequestException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.status().reasonPhrase() : firstLine(message);
    }

    private static DirectHandler.TransportResponse directResponse(Status status, ServerResponseHeaders headers,
                                                                  String message) {
        String detail = status.code() == 413
                ? "The request body is larger than the configured limit."
                : (message == null || message.isBlank() ? status.reasonPhrase() : firstLine(message));
        headers.set(HeaderNames.CONTENT_TYPE, PROBLEM_JSON.text());
        return DirectHandler.TransportResponse.builder()
                .status(status)
                .headers(headers)
                .entity(json(problem(status, detail, Optional.empty())))
                .build();
    }
}
