package io.newsdigest.models.pull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads one file into {@code target}, through {@code target.part}: bytes already in the part file are kept and
 * the rest is asked for with an HTTP {@code Range} header. The part file becomes {@code target} only when complete.
 * One instance per file; not thread-safe.
 */
final class ResumableDownload {

    /** Outcome of one attempt. */
    enum Result { COMPLETE, NOT_FOUND }

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    private final HttpClient http;
    private final URI uri;
    private final Path target;
    private final Path part;
    private final String modelId;
    private final String file;
    private final PullProgress progress;

    ResumableDownload(HttpClient http, URI uri, Path target, String modelId, String file, PullProgress progress) {
        this.http = http;
        this.uri = uri;
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + ".part");
        this.modelId = modelId;
        this.file = file;
        this.progress = progress;
    }

    /**
     * Makes one attempt to complete the file.
     *
     * @throws IOException             when the connection fails or drops; the part file keeps what arrived
     * @throws ModelDownloadException  when the hub answers with an unexpected status
     */
    Result attempt() throws IOException, InterruptedException {
        Files.createDirectories(target.getParent());
        long offset = Files.exists(part) ? Files.size(part) : 0;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().header("User-Agent", "newsdigest-models");
        if (offset > 0) {
            request.header("Range", "bytes=" + offset + "-");
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 404) {
                return Result.NOT_FOUND;
            }
            if (status == 416 && offset > 0) {
                // The part file is as long as the file or longer (it changed upstream): start again.
                Files.delete(part);
                return attempt();
            }
            boolean append = status == 206 && offset > 0 && rangeStart(response).equals(Optional.of(offset));
            if (status != 200 && !append) {
                throw new ModelDownloadException(modelId, Optional.of(file), OptionalInt.of(status),
                        "Cannot pull model '" + modelId + "': GET " + uri + " answered HTTP " + status
                                + " for file " + file, null);
            }
            long done = append ? offset : 0;
            long total = total(response, done);
            copy(body, append, done, total);
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        return Result.COMPLETE;
    }

    private void copy(InputStream body, boolean append, long done, long total) throws IOException {
        progress.update(modelId, file, done, total);
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = body.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                done += n;
                progress.update(modelId, file, done, total);
            }
        }
        if (total >= 0 && done != total) {
            throw new IOException("connection closed after " + done + " of " + total + " bytes");
        }
    }

    /** @return the size of the whole file, from Content-Range or Content-Length, or -1 when unknown */
    private static long total(HttpResponse<?> response, long offset) {
        Optional<String> range = response.headers().firstValue("Content-Range");
        if (range.isPresent()) {
            Matcher m = CONTENT_RANGE.matcher(range.get().trim());
            if (m.matches() && !m.group(3).equals("*")) {
                return Long.parseLong(m.group(3));
            }
        }
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        return length < 0 ? -1 : offset + length;
    }

    private static Optional<Long> rangeStart(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Range").map(v -> CONTENT_RANGE.matcher(v.trim()))
                .filter(Matcher::matches).map(m -> Long.parseLong(m.group(1)));
    }
}
