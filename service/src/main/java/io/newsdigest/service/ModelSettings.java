package io.newsdigest.service;

import io.helidon.config.Config;
import io.newsdigest.nlp.chat.ChatProvider;
import io.newsdigest.nlp.chat.ChatSettings;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The settings of the models the service uses beyond its own: the newsroom's chat model ({@code newsdigest.llm.*},
 * off unless a provider is set) and how often the models directory and the chat model are looked at. Every key is
 * documented in {@code docs/operations.md}; environment variables override the file as for {@link ServiceConfig}
 * ({@code NEWSDIGEST_LLM_API_KEY}).
 *
 * @param chat             the chat model, when configured
 * @param rescanSeconds    how often the models directory is looked at for changes (0: never, reload by POST only)
 * @param chatProbeSeconds how often the chat model is probed for {@code GET /v1/models} (0: never)
 */
public record ModelSettings(Optional<ChatSettings> chat, int rescanSeconds, int chatProbeSeconds) {

    public ModelSettings {
        if (rescanSeconds < 0) {
            throw new IllegalArgumentException("newsdigest.models.rescan-seconds must not be negative: " + rescanSeconds);
        }
        if (chatProbeSeconds < 0) {
            throw new IllegalArgumentException("newsdigest.llm.health-interval-seconds must not be negative: "
                    + chatProbeSeconds);
        }
    }

    /** Reads the keys, with the process environment overriding the configuration. */
    public static ModelSettings from(Config root) {
        return from(root, System.getenv());
    }

    /** Reads the keys; absent ones take the documented defaults. */
    public static ModelSettings from(Config root, Map<String, String> environment) {
        ServiceConfig.Settings keys = new ServiceConfig.Settings(root, environment);
        return new ModelSettings(chat(keys), (int) keys.number("models.rescan-seconds", 5),
                (int) keys.number("llm.health-interval-seconds", 60));
    }

    /** No chat model; the directory looked at every 5 seconds. */
    public static ModelSettings defaults() {
        return from(Config.empty(), Map.of());
    }

    private static Optional<ChatSettings> chat(ServiceConfig.Settings keys) {
        Optional<String> provider = keys.text("llm.provider").filter(p -> !p.equalsIgnoreCase("none"));
        if (provider.isEmpty()) {
            return Optional.empty();
        }
        try {
            ChatProvider protocol = ChatProvider.fromConfig(provider.get());
            URI base = URI.create(required(keys, "llm.base-url"));
            ChatSettings settings = ChatSettings.of(protocol, base, required(keys, "llm.model"))
                    .withApiKey(keys.text("llm.api-key").orElse(null))
                    .withTimeout(Duration.ofMillis(Math.round(decimal(keys, "llm.timeout-seconds").orElse(60) * 1000)))
                    .withMaxConcurrentCalls((int) keys.number("llm.max-concurrent-calls", 4))
                    .withJsonSchema(bool(keys, "llm.json-schema", true))
                    .withTemperature(decimal(keys, "llm.temperature"))
                    .withContextTokens(keys.text("llm.context-tokens").isEmpty() ? OptionalInt.empty()
                            : OptionalInt.of((int) keys.number("llm.context-tokens", 0)))
                    .withMaxArticleCharacters((int) keys.number("llm.max-article-characters", 40_000));
            return Optional.of(settings);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            throw new IllegalArgumentException(message.startsWith("newsdigest.") ? message
                    : "newsdigest.llm: " + message, e);
        }
    }

    private static String required(ServiceConfig.Settings keys, String key) {
        return keys.text(key).orElseThrow(() -> new IllegalArgumentException("newsdigest." + key
                + " must be set when newsdigest.llm.provider is"));
    }

    private static OptionalDouble decimal(ServiceConfig.Settings keys, String key) {
        Optional<String> value = keys.text(key);
        try {
            return value.map(v -> OptionalDouble.of(Double.parseDouble(v))).orElse(OptionalDouble.empty());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("newsdigest." + key + " must be a number, not '" + value.get() + "'", e);
        }
    }

    private static boolean bool(ServiceConfig.Settings keys, String key, boolean fallback) {
        Optional<String> value = keys.text(key).map(v -> v.toLowerCase(Locale.ROOT));
        if (value.isEmpty()) {
            return fallback;
        }
        if (!value.get().equals("true") && !value.get().equals("false")) {
            throw new IllegalArgumentException("newsdigest." + key + " must be true or false, not '" + value.get() + "'");
        }
        return Boolean.parseBoolean(value.get());
    }
}
