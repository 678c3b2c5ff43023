package io.newsdigest.service.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.newsdigest.api.model.Problem;
import io.newsdigest.api.model.SummarizeRequest;
import io.newsdigest.api.server.BatchService;
import io.newsdigest.nlp.NewsDigest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code POST /v1/batch}: NDJSON in, NDJSON out. Lines are digested in parallel by a fixed pool and written in
 * input order as soon as each is ready; a bounded window of lines in flight keeps memory flat and lets a slow
 * client hold the work back. A bad line yields an error object, never a failed batch. Closes its pool on stop.
 */
public final class BatchEndpoint extends BatchService {

    private static final HttpMediaType NDJSON = HttpMediaType.create("application/x-ndjson");

    private final PipelineHolder pipeline;
    private final JsonBodies bodies;
    private final ApiMapping mapping;
    private final int maxLines;
    private final long maxBytes;
    private final int window;
    private final ExecutorService workers;

    public BatchEndpoint(PipelineHolder pipeline, JsonBodies bodies, ApiMapping mapping, int maxLines, long maxBytes,
                         int threads) {
        this.pipeline = pipeline;
        this.bodies = bodies;
        this.mapping = mapping;
        this.maxLines = maxLines;
        this.maxBytes = maxBytes;
        this.window = threads * 4;
        this.workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("batch-", 0).daemon().factory());
    }

    @Override
    protected void batch(ServerRequest request, ServerResponse response) {
        NewsDigest digest = pipeline.require();
        List<String> lines = lines(JsonBodies.readBytes(request, maxBytes));
        if (lines.isEmpty()) {
            throw ApiException.invalidField("body", "The batch is empty; send one JSON object per line.");
        }
        if (lines.size() > maxLines) {
            throw new ApiException(Status.REQUEST_ENTITY_TOO_LARGE_413, "The batch has " + lines.size()
                    + " lines; the limit is " + maxLines + ". Split it into several requests.");
        }
        response.headers().contentType(NDJSON);
        try (OutputStream out = response.outputStream()) {
            Deque<Future<byte[]>> inFlight = new ArrayDeque<>();
            for (int i = 0; i < lines.size(); i++) {
                int lineNumber = i + 1;
                String line = lines.get(i);
                inFlight.add(workers.submit(() -> process(digest, line, lineNumber)));
                if (inFlight.size() >= window) {
                    write(out, inFlight.poll());
                }
            }
            while (!inFlight.isEmpty()) {
                write(out, inFlight.poll());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the client went away during a batch", e);
        }
    }

    @Override
    protected void handleBatch(ServerRequest request, ServerResponse response, String body) {
        throw new IllegalStateException("batch requests are streamed by batch(), never buffered as one string");
    }

    @Override
    public void afterStop() {
        workers.shutdownNow();
    }

    private byte[] process(NewsDigest digest, String line, int lineNumber) {
        Optional<String> id = Optional.empty();
        try {
            SummarizeRequest request = bodies.mapper().readValue(line, SummarizeRequest.class);
            id = Optional.ofNullable(request.getId()).filter(s -> !s.isBlank());
            if (id.isEmpty()) {
                throw ApiException.invalidField("id", "id is required on every batch line (line " + lineNumber + ")");
            }
            return bodies.bytes(mapping.response(id, digest.digest(mapping.article(request), mapping.options(request))));
        } catch (Exception e) {
            return error(id, lineNumber, ProblemResponses.fromUnexpected(e));
        }
    }

    private byte[] error(Optional<String> id, int lineNumber, Problem problem) {
        ObjectNode node = bodies.mapper().createObjectNode();
        if (id.isPresent()) {
            node.put("id", id.get());
        } else {
            node.putNull("id");
        }
        node.put("line", lineNumber);
        node.set("error", bodies.mapper().valueToTree(problem));
        return bodies.bytes(node);
    }

    private static void write(OutputStream out, Future<byte[]> result) throws IOException {
        try {
            out.write(result.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing a batch", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a batch line failed outside its own error handling", e.getCause());
        }
        out.write('\n');
        out.flush();
    }

    private static List<String> lines(byte[] body) {
        List<String> lines = new ArrayList<>();
        for (String line : new String(body, StandardCharsets.UTF_8).split("\r?\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
