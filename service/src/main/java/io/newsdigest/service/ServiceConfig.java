package io.newsdigest.service;

import io.helidon.config.Config;

import java.util.List;
import java.util.Optional;

/**
 * The application's own settings (the {@code newsdigest} section of {@code application.yaml}); every key is
 * documented in {@code docs/operations.md}. Environment variables override the file
 * ({@code NEWSDIGEST_LIMITS_MAX_BODY_BYTES=2097152}).
 *
 * @param maxBodyBytes largest accepted request body, in bytes (413 beyond)
 * @param maxConcurrentRequests requests processed at once; more are answered 429
 * @param retryAfterSeconds the Retry-After value sent with 429
 * @param maxBatchLines most lines of one {@code /v1/batch} request (413 beyond)
 * @param maxBatchBytes largest accepted {@code /v1/batch} body, in bytes (413 beyond)
 * @param apiKeys accepted API keys; empty means the API is open
 * @param modelsDirectory where installed models live; empty means the default
 * @param languages languages articles may be written in
 * @param maxFigures how many key figures a digest returns unless the request says otherwise
 */
public record ServiceConfig(long maxBodyBytes, int maxConcurrentRequests, int retryAfterSeconds, int maxBatchLines,
                            long maxBatchBytes,
                            List<String> apiKeys, Optional<String> modelsDirectory, List<String> languages,
                            int maxFigures) {

    public ServiceConfig {
        apiKeys = List.copyOf(apiKeys);
        languages = List.copyOf(languages);
        positive("newsdigest.limits.max-body-bytes", maxBodyBytes);
        positive("newsdigest.limits.max-concurrent-requests", maxConcurrentRequests);
        positive("newsdigest.limits.retry-after-seconds", retryAfterSeconds);
        positive("newsdigest.limits.max-batch-lines", maxBatchLines);
        positive("newsdigest.limits.max-batch-bytes", maxBatchBytes);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("newsdigest.languages must name at least one language");
        }
        if (maxFigures < 0 || maxFigures > 100) {
            throw new IllegalArgumentException("newsdigest.digest.max-figures must be between 0 and 100: " + maxFigures);
        }
    }

    /** Reads the {@code newsdigest} section; absent keys take the documented defaults. */
    public static ServiceConfig from(Config root) {
        Config app = root.get("newsdigest");
        return new ServiceConfig(
                app.get("limits.max-body-bytes").asLong().orElse(1_048_576L),
                app.get("limits.max-concurrent-requests").asInt().orElse(8),
                app.get("limits.retry-after-seconds").asInt().orElse(1),
                app.get("limits.max-batch-lines").asInt().orElse(10_000),
                app.get("limits.max-batch-bytes").asLong().orElse(67_108_864L),
                stringList(app.get("auth.api-keys")),
                app.get("models.directory").asString().asOptional().filter(s -> !s.isBlank()),
                Optional.of(stringList(app.get("languages"))).filter(l -> !l.isEmpty()).orElse(List.of("de", "en")),
                app.get("digest.max-figures").asInt().orElse(8));
    }

    /** The defaults, as if the configuration were empty. */
    public static ServiceConfig defaults() {
        return from(Config.empty());
    }

    public ServiceConfig withApiKeys(List<String> keys) {
        return new ServiceConfig(maxBodyBytes, maxConcurrentRequests, retryAfterSeconds, maxBatchLines, maxBatchBytes, keys,
                modelsDirectory, languages, maxFigures);
    }

    public ServiceConfig withLimits(long bodyBytes, int concurrent, int batchLines) {
        return new ServiceConfig(bodyBytes, concurrent, retryAfterSeconds, batchLines, maxBatchBytes, apiKeys, modelsDirectory,
                languages, maxFigures);
    }

    /** Lists may be written as YAML lists or as one comma-separated string (handy in environment variables). */
    private static List<String> stringList(Config node) {
        if (!node.exists()) {
            return List.of();
        }
        List<String> values = node.isLeaf()
                ? List.of(node.asString().orElse("").split(","))
                : node.asList(String.class).orElse(List.of());
        return values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void positive(String key, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be positive: " + value);
        }
    }
}
