package io.newsdigest.models.pull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny hub on 127.0.0.1 for tests: serves byte arrays under {@code /{repository}/resolve/{revision}/{path}},
 * honours {@code Range: bytes=N-}, and can drop the connection halfway through the first request for a file.
 */
public final class LoopbackHub implements AutoCloseable {

    /** One request as the server saw it. */
    public record Request(String path, String range) {
    }

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Set<String> dropOnce = ConcurrentHashMap.newKeySet();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile boolean ignoreRange;
    private volatile boolean redirectToStorage;

    public LoopbackHub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Serves {@code bytes} at {@code /repository/resolve/revision/path}. */
    public void serve(String repository, String revision, String path, byte[] bytes) {
        files.put("/" + repository + "/resolve/" + revision + "/" + path, bytes);
    }

    /** The next request for this URL path sends half the file, then closes the connection. */
    public void dropHalfwayOnce(String urlPath) {
        dropOnce.add(urlPath);
    }

    /** Answer every request with the whole file, as servers without range support do. */
    public void ignoreRange() {
        ignoreRange = true;
    }

    /** Answer hub URLs with 302 to {@code /storage/...}, as the real hub does for large files. */
    public void redirectToStorage() {
        redirectToStorage = true;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String range = exchange.getRequestHeaders().getFirst("Range");
        requests.add(new Request(path, range));
        if (redirectToStorage && !path.startsWith("/storage/")) {
            exchange.getResponseHeaders().add("Location", base() + "/storage" + path);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
            return;
        }
        byte[] body = files.get(path.startsWith("/storage/") ? path.substring("/storage".length()) : path);
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        int from = 0;
        Matcher m = range == null || ignoreRange ? null : RANGE.matcher(range);
        if (m != null && m.matches()) {
            from = Integer.parseInt(m.group(1));
            exchange.getResponseHeaders().add("Content-Range",
                    "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
            exchange.sendResponseHeaders(206, body.length - from);
        } else {
            exchange.sendResponseHeaders(200, body.length);
        }
        OutputStream out = exchange.getResponseBody();
        if (dropOnce.remove(path.replaceFirst("^/storage/", "/"))) {
            out.write(body, from, (body.length - from) / 2);
            out.flush();
            pauseSoTheClientReadsWhatWasSent();
            // An exception out of the handler makes HttpServer close the connection mid-body.
            throw new IOException("dropping the connection halfway, as asked");
        }
        out.write(body, from, body.length - from);
        out.close();
    }

    private static void pauseSoTheClientReadsWhatWasSent() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
