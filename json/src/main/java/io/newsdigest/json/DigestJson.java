package io.newsdigest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsdigest.api.model.Problem;
import io.newsdigest.api.model.SummarizeRequest;
import io.newsdigest.nlp.NewsDigest;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads summarize requests and writes digests exactly as the API does, one JSON document at a time: the shared
 * core of {@code /v1/batch}, the batch command and the Spark job. Thread-safe.
 */
public final class DigestJson {

    private final ObjectMapper mapper;
    private final ApiMapping mapping;

    public DigestJson(int defaultMaxFigures) {
        this(defaultMaxFigures, JsonLimits.defaults());
    }

    /** With limits on each line's nesting and size (beyond them a line is a 400 or 413 error object). */
    public DigestJson(int defaultMaxFigures, JsonLimits limits) {
        this.mapping = new ApiMapping(defaultMaxFigures);
        this.mapper = newMapper(limits);
        // Archives often number their records: a batch line's numeric id is taken as its digits.
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
    }

    /** {@link #newMapper(JsonLimits)} with the default limits. */
    public static ObjectMapper newMapper() {
        return newMapper(JsonLimits.defaults());
    }

    /**
     * The mapper the API uses: no null fields, unknown fields ignored, dates as ISO strings, and nothing quietly
     * changed: a number or boolean is not turned into a string field ({@code "text": 42}), a fraction is not cut
     * to a whole number ({@code "maxSentences": 2.5}), and a string with half a surrogate pair is refused; each is
     * a client's mistake answered with 422 naming the field. Text after the JSON document is malformed input (400);
     * nesting and size beyond {@code limits} are 400 and 413 ({@link Problems}).
     */
    public static ObjectMapper newMapper(JsonLimits limits) {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(limits.constraints()).build();
        ObjectMapper mapper = new ObjectMapper(factory)
                .registerModule(new JavaTimeModule())
                .registerModule(WellFormedStrings.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
                .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public ApiMapping mapping() {
        return mapping;
    }

    /**
     * Digests one batch line: a summarize request with an {@code id}.
     *
     * @return the digest as one line of JSON, or {@code {"id", "line", "error": problem}} when the line is bad;
     *     never throws for bad input
     */
    public String digestLine(NewsDigest digest, String line, long lineNumber) {
        return digestLine(digest, line, lineNumber, SummarizeRequest::new);
    }

    /**
     * Digests one batch line read over {@code template}: the line's own fields win, the template fills in what
     * the line leaves out (a command's {@code --target-language}, for example); otherwise as
     * {@link #digestLine(NewsDigest, String, long)}.
     */
    public String digestLine(NewsDigest digest, String line, long lineNumber, Supplier<SummarizeRequest> template) {
        SummarizeRequest request;
        try {
            request = mapper.readerForUpdating(template.get()).readValue(line);
            if (request == null || line.isBlank() || line.strip().equals("null")) {
                throw new io.newsdigest.nlp.InvalidArticleException("body", "the line is JSON null");
            }
        } catch (Exception e) {
            return errorLine(Optional.empty(), lineNumber, Problems.of(e));
        }
        return digestRequest(digest, request, lineNumber);
    }

    /**
     * Digests a request that is already an object (a file of an archive, a row of a table), exactly as a batch line.
     *
     * @return the digest as one line of JSON, or the error object; never throws for bad input
     */
    public String digestRequest(NewsDigest digest, SummarizeRequest request, long lineNumber) {
        Optional<String> id = Optional.ofNullable(request.getId()).filter(s -> !s.isBlank());
        try {
            if (id.isEmpty()) {
                throw new io.newsdigest.nlp.InvalidArticleException("id", "id is required on every line (line "
                        + lineNumber + ")");
            }
            return write(mapping.response(id, digest.digest(mapping.article(request), mapping.options(request))));
        } catch (Exception e) {
            return errorLine(id, lineNumber, Problems.of(e));
        }
    }

    /** The error object of a batch line. */
    public String errorLine(Optional<String> id, long lineNumber, Problem problem) {
        ObjectNode node = mapper.createObjectNode();
        if (id.isPresent()) {
            node.put("id", id.get());
        } else {
            node.putNull("id");
        }
        node.put("line", lineNumber);
        node.set("error", mapper.valueToTree(problem));
        return write(node);
    }

    /** Writes any API model as one line of JSON. */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("API models are always serializable", e);
        }
    }
}
