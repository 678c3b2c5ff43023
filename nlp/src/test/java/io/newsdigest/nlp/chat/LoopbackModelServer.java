package io.newsdigest.nlp.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model server on 127.0.0.1 for tests, speaking the OpenAI chat-completions protocol ({@code POST
 * /v1/chat/completions}, {@code GET /v1/models}) and Ollama's ({@code POST /api/chat}, {@code GET /api/tags}) with
 * scripted replies: answers (recorded model output), HTTP errors with headers, and slow answers. An answer may say
 * {@code {{source:Milliarden Euro}}} for "the number of the first numbered article sentence in the request that
 * contains 'Milliarden Euro'", so recorded answers keep pointing at the right sentences whatever the splitter does.
 * Every request is recorded. Thread-safe; close it to stop it.
 */
public final class LoopbackModelServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{source:([^}]+)}}");
    private static final Pattern NUMBERED = Pattern.compile("^\\[(\\d+)] (.*)$", Pattern.MULTILINE);

    private final HttpServer server;
    private final String modelName;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Recorded> requests = new ArrayList<>();
    private Reply otherwise = Reply.status(500, "{\"error\": \"no reply scripted\"}");

    /** One scripted reply to a chat request. */
    public sealed interface Reply {
        /** The model's message content (answer text), wrapped in the protocol's JSON. */
        static Reply answer(String content) {
            return new Answer(content);
        }

        /** The content of a recorded answer in the test resources next to this class. */
        static Reply recorded(String resource) {
            try (InputStream in = LoopbackModelServer.class.getResourceAsStream(resource)) {
                return new Answer(new String(Objects.requireNonNull(in, resource).readAllBytes(),
                        StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Reply status(int status, String body, String... headers) {
            return new Status(status, body, List.of(headers));
        }

        /** The reply, after a pause. */
        static Reply slow(Duration delay, Reply reply) {
            return new Slow(delay, reply);
        }
    }

    record Answer(String content) implements Reply {
    }

    record Status(int status, String body, List<String> headers) implements Reply {
    }

    record Slow(Duration delay, Reply reply) implements Reply {
    }

    /** A request as the server saw it. */
    public record Recorded(String method, String path, String authorization, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private LoopbackModelServer(String modelName) throws IOException {
        this.modelName = modelName;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(Thread.ofPlatform().daemon().factory()));
        server.start();
    }

    /** Starts a server that serves {@code modelName}. */
    public static LoopbackModelServer start(String modelName) {
        try {
            return new LoopbackModelServer(modelName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the base URL a client of the provider is configured with */
    public URI baseUrl(ChatProvider provider) {
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        return URI.create(provider == ChatProvider.OPENAI ? root + "/v1" : root);
    }

    /** Queues replies for the next chat requests, in order. */
    public synchronized LoopbackModelServer then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** The reply once the queue is empty. */
    public synchronized LoopbackModelServer otherwise(Reply reply) {
        this.otherwise = reply;
        return this;
    }

    /** Forgets the script and the recorded requests. */
    public synchronized void reset() {
        script.clear();
        requests.clear();
        otherwise = Reply.status(500, "{\"error\": \"no reply scripted\"}");
    }

    /** @return the chat requests seen so far (listings excluded) */
    public synchronized List<Recorded> chatRequests() {
        return requests.stream().filter(r -> r.method().equals("POST")).toList();
    }

    /** @return every request seen so far */
    public synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            Reply reply;
            synchronized (this) {
                requests.add(new Recorded(exchange.getRequestMethod(), path,
                        exchange.getRequestHeaders().getFirst("Authorization"), body));
                reply = exchange.getRequestMethod().equals("POST") ? (script.isEmpty() ? otherwise : script.poll())
                        : null;
            }
            if (path.equals("/v1/models")) {
                send(exchange, 200, "{\"object\": \"list\", \"data\": [{\"id\": \"" + modelName
                        + "\", \"object\": \"model\", \"created\": 1733000000, \"owned_by\": \"newsroom\"}]}");
            } else if (path.equals("/api/tags")) {
                send(exchange, 200, "{\"models\": [{\"name\": \"" + modelName + "\", \"model\": \"" + modelName
                        + "\", \"modified_at\": \"2026-11-20T10:00:00Z\", \"size\": 4920753328, \"digest\":"
                        + " \"a80c4f17acd5\", \"details\": {\"format\": \"gguf\", \"family\": \"llama\","
                        + " \"parameter_size\": \"8.0B\", \"quantization_level\": \"Q4_K_M\"}}]}");
            } else if (path.equals("/v1/chat/completions") || path.equals("/api/chat")) {
                reply(exchange, path.equals("/api/chat"), reply, body);
            } else {
                send(exchange, 404, "{\"error\": \"not found\"}");
            }
        }
    }

    private void reply(HttpExchange exchange, boolean ollama, Reply reply, String request) throws IOException {
        switch (reply) {
            case Slow slow -> {
                try {
                    Thread.sleep(slow.delay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                reply(exchange, ollama, slow.reply(), request);
            }
            case Status status -> {
                for (int i = 0; i + 1 < status.headers().size(); i += 2) {
                    exchange.getResponseHeaders().add(status.headers().get(i), status.headers().get(i + 1));
                }
                send(exchange, status.status(), status.body());
            }
            case Answer answer -> {
                String content = resolve(answer.content(), request);
                send(exchange, 200, ollama ? ollama(content) : openAi(content));
            }
        }
    }

    private String openAi(String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-stub").put("object", "chat.completion").put("created", Instant.now().getEpochSecond())
                .put("model", modelName);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        root.putObject("usage").put("prompt_tokens", 900).put("completion_tokens", 150).put("total_tokens", 1050);
        return root.toString();
    }

    private String ollama(String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", modelName).put("created_at", Instant.now().toString());
        root.putObject("message").put("role", "assistant").put("content", content);
        root.put("done", true).put("done_reason", "stop").put("total_duration", 4_200_000_000L)
                .put("prompt_eval_count", 900).put("eval_count", 150);
        return root.toString();
    }

    /** Replaces {@code {{source:needle}}} by the number of the first numbered sentence holding the needle. */
    static String resolve(String content, String request) {
        String prompt;
        try {
            JsonNode messages = JSON.readTree(request).path("messages");
            StringBuilder all = new StringBuilder();
            messages.forEach(message -> all.append(message.path("content").asText()).append('\n'));
            prompt = all.toString();
        } catch (IOException e) {
            prompt = request;
        }
        Matcher placeholder = PLACEHOLDER.matcher(content);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String needle = placeholder.group(1);
            Matcher numbered = NUMBERED.matcher(prompt);
            String index = null;
            while (numbered.find() && index == null) {
                if (numbered.group(2).contains(needle)) {
                    index = numbered.group(1);
                }
            }
            if (index == null) {
                throw new IllegalStateException("no numbered sentence of the request contains '" + needle + "'");
            }
            placeholder.appendReplacement(out, index);
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** @return the settings of a client of this server */
    public ChatSettings settings(ChatProvider provider) {
        return ChatSettings.of(provider, baseUrl(provider), modelName);
    }
}
