package io.newsdigest.service;

import io.helidon.config.Config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The application's own settings (the {@code newsdigest} section of {@code application.yaml}); every key is
 * documented in {@code docs/operations.md}. Environment variables override the file
 * ({@code NEWSDIGEST_LIMITS_MAX_BODY_BYTES=2097152}).
 *
 * @param maxBodyBytes largest accepted request body, in bytes (413 beyond)
 * @param maxConcurrentRequests requests processed at once (default: one per core, plus the chat model's calls in
 *     flight when one is configured); more wait in the queue
 * @param retryAfterSeconds the smallest Retry-After value sent with 429
 * @param maxBatchLines most lines of one {@code /v1/batch} request (413 beyond)
 * @param maxBatchBytes largest accepted {@code /v1/batch} body, in bytes (413 beyond)
 * @param apiKeys accepted API keys; empty means the API is open
 * @param modelsDirectory where installed models live; empty means the default
 * @param hubUrl where {@code models pull} downloads from
 * @param languages languages articles may be written in
 * @param maxFigures how many key figures a digest returns unless the request says otherwise
 * @param maxQueuedRequests requests that may wait for a free slot; more are answered 429
 * @param maxQueueWaitMillis longest a request waits for a slot; one that would wait longer is answered 429
 * @param maxJsonDepth most nesting levels of a JSON body or batch line (400 beyond)
 */
public record ServiceConfig(long maxBodyBytes, int maxConcurrentRequests, int retryAfterSeconds, int maxBatchLines,
                            long maxBatchBytes,
                            List<String> apiKeys, Optional<String> modelsDirectory, String hubUrl, List<String> languages,
                            int maxFigures, int maxQueuedRequests, long maxQueueWaitMillis, int maxJsonDepth) {

    public ServiceConfig {
        apiKeys = List.copyOf(apiKeys);
        languages = List.copyOf(languages);
        positive("newsdigest.limits.max-body-bytes", maxBodyBytes);
        positive("newsdigest.limits.max-concurrent-requests", maxConcurrentRequests);
        positive("newsdigest.limits.retry-after-seconds", retryAfterSeconds);
        positive("newsdigest.limits.max-batch-lines", maxBatchLines);
        positive("newsdigest.limits.max-batch-bytes", maxBatchBytes);
        if (maxQueuedRequests < 0) {
            throw new IllegalArgumentException("newsdigest.limits.max-queued-requests must not be negative: "
                    + maxQueuedRequests);
        }
        positive("newsdigest.limits.max-queue-wait-ms", maxQueueWaitMillis);
        if (maxJsonDepth < 2) {
            throw new IllegalArgumentException("newsdigest.limits.max-json-depth must be at least 2: " + maxJsonDepth);
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("newsdigest.languages must name at least one language");
        }
        if (maxFigures < 0 || maxFigures > 100) {
            throw new IllegalArgumentException("newsdigest.digest.max-figures must be between 0 and 100: " + maxFigures);
        }
    }

    /** Reads the {@code newsdigest} section, with the process environment overriding it. */
    public static ServiceConfig from(Config root) {
        return from(root, System.getenv());
    }

    /**
     * Reads the {@code newsdigest} section; absent keys take the documented defaults. An environment variable named
     * after the key in upper case with every other character as {@code _} wins over the file
     * ({@code newsdigest.limits.max-body-bytes} ← {@code NEWSDIGEST_LIMITS_MAX_BODY_BYTES}).
     */
    public static ServiceConfig from(Config root, Map<String, String> environment) {
        Settings app = new Settings(root, environment);
        return new ServiceConfig(
                app.number("limits.max-body-bytes", 1_048_576L),
                (int) app.number("limits.max-concurrent-requests", defaultSlots(app)),
                (int) app.number("limits.retry-after-seconds", 1),
                (int) app.number("limits.max-batch-lines", 10_000),
                app.number("limits.max-batch-bytes", 67_108_864L),
                app.list("auth.api-keys"),
                app.text("models.directory"),
                app.text("models.hub-url").orElse("https://huggingface.co"),
                Optional.of(app.list("languages")).filter(l -> !l.isEmpty()).orElse(List.of("de", "en")),
                (int) app.number("digest.max-figures", 8),
                (int) app.number("limits.max-queued-requests", 256),
                app.number("limits.max-queue-wait-ms", 10_000),
                (int) app.number("limits.max-json-depth", 100));
    }

    /**
     * One slot per core, since the local work is all CPU; with a chat model, also one for each call it may have in
     * flight, because a request waiting for another machine's answer computes nothing here.
     */
    private static long defaultSlots(Settings app) {
        int cores = Runtime.getRuntime().availableProcessors();
        boolean chat = app.text("llm.provider").filter(provider -> !provider.equalsIgnoreCase("none")).isPresent();
        return chat ? cores + app.number("llm.max-concurrent-calls", 4) : cores;
    }

    /** The defaults, as if the configuration were empty. */
    public static ServiceConfig defaults() {
        return from(Config.empty(), Map.of());
    }

    public ServiceConfig withApiKeys(List<String> keys) {
        return new ServiceConfig(maxBodyBytes, maxConcurrentRequests, retryAfterSeconds, maxBatchLines, maxBatchBytes, keys,
                modelsDirectory, hubUrl, languages, maxFigures, maxQueuedRequests, maxQueueWaitMillis, maxJsonDepth);
    }

    public ServiceConfig withLimits(long bodyBytes, int concurrent, int batchLines) {
        return new ServiceConfig(bodyBytes, concurrent, retryAfterSeconds, batchLines, maxBatchBytes, apiKeys, modelsDirectory,
                hubUrl, languages, maxFigures, maxQueuedRequests, maxQueueWaitMillis, maxJsonDepth);
    }

    /** The same settings with another admission: slots, queue places and the longest wait. */
    public ServiceConfig withAdmission(int concurrent, int queued, long waitMillis) {
        return new ServiceConfig(maxBodyBytes, concurrent, retryAfterSeconds, maxBatchLines, maxBatchBytes, apiKeys,
                modelsDirectory, hubUrl, languages, maxFigures, queued, waitMillis, maxJsonDepth);
    }

    /** Looks a key up in the environment first, then in the {@code newsdigest} config section. */
    record Settings(Config root, Map<String, String> environment) {

        Optional<String> text(String key) {
            String name = ("newsdigest." + key).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
            Optional<String> value = Optional.ofNullable(environment.get(name));
            if (value.isEmpty()) {
                Config node = root.get("newsdigest." + key);
                value = node.isLeaf() ? node.asString().asOptional()
                        : node.asList(String.class).asOptional().map(values -> String.join(",", values));
            }
            return value.map(String::strip).filter(s -> !s.isEmpty());
        }

        long number(String key, long fallback) {
            Optional<String> value = text(key);
            try {
                return value.map(Long::parseLong).orElse(fallback);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("newsdigest." + key + " must be a whole number, not '"
                        + value.get() + "'", e);
            }
        }

        /** Lists are YAML lists or one comma-separated string (handy in environment variables). */
        List<String> list(String key) {
            return text(key).map(value -> Arrays.stream(value.split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
        }
    }

    private static void positive(String key, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be positive: " + value);
        }
    }
}
