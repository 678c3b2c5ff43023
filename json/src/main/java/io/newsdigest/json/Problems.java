package io.newsdigest.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.newsdigest.api.model.FieldError;
import io.newsdigest.api.model.Problem;
import io.newsdigest.nlp.InvalidArticleException;
import io.newsdigest.nlp.ModelNotInstalledException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * RFC 9457 problem documents for what can go wrong with one request, whatever carried it (HTTP, a batch line,
 * a Spark record): malformed JSON is 400, JSON beyond the parser's limits 400 or 413, a bad field 422 naming it,
 * a missing model 503, anything else 500.
 */
public final class Problems {

    private static final System.Logger LOG = System.getLogger(Problems.class.getName());
    private static final Map<Integer, String> TITLES = Map.of(400, "Bad Request", 401, "Unauthorized",
            404, "Not Found", 413, "Content Too Large", 415, "Unsupported Media Type", 422, "Unprocessable Content",
            429, "Too Many Requests", 500, "Internal Server Error", 503, "Service Unavailable");

    private Problems() {
    }

    /** A problem document; for 422 the field is named in {@code field} and {@code errors}. */
    public static Problem problem(int status, String detail, Optional<String> field) {
        Problem problem = new Problem();
        problem.setType("about:blank");
        problem.setTitle(TITLES.getOrDefault(status, "Error"));
        problem.setStatus(status);
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

    /** Maps a failure to a problem document; unexpected failures are logged once and leak nothing. */
    public static Problem of(Throwable e) {
        Optional<Problem> json = fromJson(e);
        if (json.isPresent()) {
            return json.get();
        }
        if (e instanceof InvalidArticleException invalid) {
            return problem(422, invalid.getMessage(), Optional.of(invalid.field()));
        }
        if (e instanceof ModelNotInstalledException missing) {
            return problem(503, missing.getMessage(), Optional.empty());
        }
        LOG.log(System.Logger.Level.ERROR, "Unexpected failure while handling a request", e);
        return problem(500, "The server could not complete the request.", Optional.empty());
    }

    /**
     * Jackson failures in the cause chain: syntax is 400, JSON nested too deeply or with an over-long number or
     * name 400, JSON too large 413, a wrong type or value (a number out of its field's range, half a surrogate
     * pair) 422 naming the field.
     */
    public static Optional<Problem> fromJson(Throwable e) {
        Optional<StreamConstraintsException> limit = find(e, StreamConstraintsException.class);
        if (limit.isPresent()) {
            return Optional.of(beyondLimit(limit.get()));
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof WellFormedStrings.InvalidUnicodeException unicode) {
                String field = path(unicode);
                return Optional.of(problem(422, "'" + field + "' " + unicode.getOriginalMessage() + ".",
                        Optional.of(field)));
            }
            if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                Optional<InputCoercionException> range = find(mapping, InputCoercionException.class);
                if (range.isPresent()) {
                    String field = path(mapping);
                    return Optional.of(problem(422, "'" + field + "' is out of range: "
                            + firstLine(range.get().getOriginalMessage()) + ".", Optional.of(field)));
                }
            }
            if (cause instanceof InvalidFormatException format) {
                String field = path(format);
                return Optional.of(problem(422, "Invalid value " + quoted(format.getValue()) + " for '" + field + "'"
                        + allowed(format.getTargetType()) + ".", Optional.of(field)));
            }
            if (cause instanceof ValueInstantiationException instantiation && instantiation.getType() != null
                    && instantiation.getType().isEnumType()) {
                String field = path(instantiation);
                return Optional.of(problem(422, "Invalid value for '" + field + "'"
                        + allowed(instantiation.getType().getRawClass()) + ".", Optional.of(field)));
            }
            if (cause instanceof UnrecognizedPropertyException) {
                continue;
            }
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                String field = path(mismatch);
                return Optional.of(problem(422, "'" + field + "' has the wrong type" + expected(mismatch) + ".",
                        Optional.of(field)));
            }
            if (cause instanceof StreamReadException || cause instanceof JsonMappingException) {
                return Optional.of(problem(400, "The request body is not valid JSON: "
                        + firstLine(((JsonProcessingException) cause).getOriginalMessage()), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /**
     * A parser limit: nesting and over-long numbers or names make the document unreadable (400); a string or a
     * document over the size limit is too large (413).
     */
    private static Problem beyondLimit(StreamConstraintsException e) {
        String message = firstLine(e.getOriginalMessage());
        String plain = message.replaceAll(",? ?from `StreamReadConstraints\\.\\w+\\(\\)`", "");
        if (message.contains("NestingDepth")) {
            return problem(400, "The JSON is nested too deeply: " + plain + ".", Optional.empty());
        }
        if (message.contains("NumberLength")) {
            return problem(400, "A number in the JSON is too long: " + plain + ".", Optional.empty());
        }
        if (message.contains("NameLength")) {
            return problem(400, "A field name in the JSON is too long: " + plain + ".", Optional.empty());
        }
        return problem(413, "The JSON is too large: " + plain + ".", Optional.empty());
    }

    private static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String allowed(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "; allowed: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return type == null ? "" : "; expected " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (type == null) {
            return "";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "; expected a number";
        }
        return type == String.class ? "; expected a string" : "; expected " + type.getSimpleName();
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
