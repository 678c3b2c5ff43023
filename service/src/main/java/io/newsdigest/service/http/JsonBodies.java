package io.newsdigest.service.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.newsdigest.json.DigestJson;
import io.newsdigest.json.JsonLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads request bodies within the configured size limit and writes JSON responses without null fields.
 * Thread-safe.
 */
public final class JsonBodies {

    private final ObjectMapper mapper;
    private final long maxBodyBytes;

    public JsonBodies(long maxBodyBytes, int maxJsonDepth) {
        this.maxBodyBytes = maxBodyBytes;
        this.mapper = DigestJson.newMapper(new JsonLimits(maxJsonDepth, maxBodyBytes));
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Reads and parses the body.
     *
     * @throws ApiException 413 when the body is over the limit, 422 when it is empty
     */
    public <T> T read(ServerRequest request, Class<T> type) {
        byte[] body = readBytes(request, maxBodyBytes);
        if (blank(body)) {
            throw ApiException.invalidField("body", "The request body is empty; send a JSON object.");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw ApiException.invalidField("body", "The request body is JSON null; send a JSON object.");
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean blank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Writes a 200 JSON response. */
    public void send(ServerResponse response, Object body) {
        response.headers().contentType(MediaTypes.APPLICATION_JSON);
        response.send(bytes(body));
    }

    public byte[] bytes(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response models are always serializable", e);
        }
    }

    /** Reads at most {@code limit} bytes of the body, whatever its transfer encoding. */
    static byte[] readBytes(ServerRequest request, long limit) {
        if (!request.content().hasEntity()) {
            return new byte[0];
        }
        try (InputStream in = request.content().inputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            return body;
        } catch (IOException e) {
            throw new ApiException(Status.BAD_REQUEST_400, "The request body could not be read: " + e.getMessage());
        }
    }

    static ApiException tooLarge(long limit) {
        return new ApiException(Status.REQUEST_ENTITY_TOO_LARGE_413,
                "The request body is larger than the limit of " + limit + " bytes.");
    }
}
