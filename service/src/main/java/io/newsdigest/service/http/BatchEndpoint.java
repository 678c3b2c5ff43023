package io.newsdigest.service.http;

import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.newsdigest.json.DigestJson;
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
    private final DigestJson lines;
    private final int maxLines;
    private final long maxBytes;
    private final int window;
    private final ExecutorService workers;

    public BatchEndpoint(PipelineHolder pipeline, DigestJson lines, int maxLines, long maxBytes, int threads) {
        this.pipeline = pipeline;
        this.lines = lines;
        this.maxLines = maxLines;
        this.maxBytes = maxBytes;
        this.window = threads * 4;
        this.workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("batch-", 0).daemon().factory());
    }

    @Override
    protected void batch(ServerRequest request, ServerResponse response) {
        NewsDigest digest = pipeline.require();
        Lines input = Lines.of(JsonBodies.readBytes(request, maxBytes));
        if (input.isEmpty()) {
            throw ApiException.invalidField("body", "The batch is empty; send one JSON object per line.");
        }
        if (input.size() > maxLines) {
            throw new ApiException(Status.REQUEST_ENTITY_TOO_LARGE_413, "The batch has " + input.size()
                    + " lines; the limit is " + maxLines + ". Split it into several requests.");
        }
        response.headers().contentType(NDJSON);
        try (OutputStream out = response.outputStream()) {
            Deque<Future<byte[]>> inFlight = new ArrayDeque<>();
            for (int i = 0; i < input.size(); i++) {
                int lineNumber = i + 1;
                int index = i;
                inFlight.add(workers.submit(() -> lines.digestLine(digest, input.get(index), lineNumber)
                        .getBytes(StandardCharsets.UTF_8)));
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

    /**
     * The non-blank lines of a body, kept as byte ranges of it and decoded one at a time when a worker takes
     * one: a large batch is held once, as its bytes, not again as strings.
     */
    private record Lines(byte[] body, int[] starts, int[] ends) {

        static Lines of(byte[] body) {
            List<int[]> ranges = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= body.length; i++) {
                if (i == body.length || body[i] == '\n') {
                    int end = i > start && body[i - 1] == '\r' ? i - 1 : i;
                    if (!blank(body, start, end)) {
                        ranges.add(new int[]{start, end});
                    }
                    start = i + 1;
                }
            }
            return new Lines(body, ranges.stream().mapToInt(r -> r[0]).toArray(),
                    ranges.stream().mapToInt(r -> r[1]).toArray());
        }

        int size() {
            return starts.length;
        }

        boolean isEmpty() {
            return starts.length == 0;
        }

        String get(int index) {
            return new String(body, starts[index], ends[index] - starts[index], StandardCharsets.UTF_8);
        }

        private static boolean blank(byte[] body, int start, int end) {
            for (int i = start; i < end; i++) {
                if (body[i] != ' ' && body[i] != '\t' && body[i] != '\r') {
                    return false;
                }
            }
            return true;
        }
    }
}
