package io.newsdigest.nlp.chat;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How to reach the newsroom's chat model. Immutable; {@link #toString()} never shows the API key.
 *
 * @param provider             the protocol the server speaks
 * @param baseUrl              the server's base URL ({@code http://localhost:11434} for Ollama,
 *                             {@code http://vllm:8000/v1} for an OpenAI-compatible server)
 * @param model                the model name the server knows ({@code llama3.1:8b})
 * @param apiKey               sent as {@code Authorization: Bearer}; empty for servers without keys
 * @param timeout              the longest wait for one answer (connect and read); also the longest wait for a free
 *                             call slot
 * @param maxConcurrentCalls   calls in flight at once from this process; more wait up to {@code timeout}
 * @param jsonSchema           whether to send the answer's JSON schema (structured output); off for servers that
 *                             reject it, in which case the schema is only described in the prompt
 * @param temperature          sampling temperature, when the server's default should not be used
 * @param contextTokens        Ollama's {@code num_ctx}: the context window to ask for (Ollama truncates silently
 *                             beyond it)
 * @param maxArticleCharacters longer articles are not sent; they get the local summary and a warning
 */
public record ChatSettings(ChatProvider provider, URI baseUrl, String model, Optional<String> apiKey, Duration timeout,
                           int maxConcurrentCalls, boolean jsonSchema, OptionalDouble temperature,
                           OptionalInt contextTokens, int maxArticleCharacters) {

    public ChatSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(temperature, "temperature");
        Objects.requireNonNull(contextTokens, "contextTokens");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme()) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the chat model's base URL must be an http or https URL with a host: "
                    + baseUrl);
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("the chat model's name must not be blank");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the chat model's timeout must be positive: " + timeout);
        }
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("max concurrent chat calls must be positive: " + maxConcurrentCalls);
        }
        if (maxArticleCharacters < 1) {
            throw new IllegalArgumentException("max article characters must be positive: " + maxArticleCharacters);
        }
        apiKey = apiKey.filter(key -> !key.isBlank());
    }

    /** Defaults for everything but where the server is and which model it serves. */
    public static ChatSettings of(ChatProvider provider, URI baseUrl, String model) {
        return new ChatSettings(provider, baseUrl, model, Optional.empty(), Duration.ofSeconds(60), 4, true,
                OptionalDouble.of(0.2), OptionalInt.empty(), 40_000);
    }

    /** @return the host and port of the base URL, as {@code GET /v1/models} shows it */
    public String host() {
        return baseUrl.getPort() < 0 ? baseUrl.getHost() : baseUrl.getHost() + ":" + baseUrl.getPort();
    }

    /** @return a name for messages and the {@code models} list: {@code ollama:llama3.1:8b} */
    public String displayName() {
        return provider.configName() + ":" + model;
    }

    public ChatSettings withApiKey(String key) {
        return new ChatSettings(provider, baseUrl, model, Optional.ofNullable(key), timeout, maxConcurrentCalls,
                jsonSchema, temperature, contextTokens, maxArticleCharacters);
    }

    public ChatSettings withTimeout(Duration value) {
        return new ChatSettings(provider, baseUrl, model, apiKey, value, maxConcurrentCalls, jsonSchema, temperature,
                contextTokens, maxArticleCharacters);
    }

    public ChatSettings withMaxConcurrentCalls(int value) {
        return new ChatSettings(provider, baseUrl, model, apiKey, timeout, value, jsonSchema, temperature,
                contextTokens, maxArticleCharacters);
    }

    public ChatSettings withJsonSchema(boolean value) {
        return new ChatSettings(provider, baseUrl, model, apiKey, timeout, maxConcurrentCalls, value, temperature,
                contextTokens, maxArticleCharacters);
    }

    public ChatSettings withTemperature(OptionalDouble value) {
        return new ChatSettings(provider, baseUrl, model, apiKey, timeout, maxConcurrentCalls, jsonSchema, value,
                contextTokens, maxArticleCharacters);
    }

    public ChatSettings withContextTokens(OptionalInt value) {
        return new ChatSettings(provider, baseUrl, model, apiKey, timeout, maxConcurrentCalls, jsonSchema, temperature,
                value, maxArticleCharacters);
    }

    public ChatSettings withMaxArticleCharacters(int value) {
        return new ChatSettings(provider, baseUrl, model, apiKey, timeout, maxConcurrentCalls, jsonSchema, temperature,
                contextTokens, value);
    }

    /** Never shows the API key, only whether one is set. */
    @Override
    public String toString() {
        return "ChatSettings[" + displayName() + " at " + baseUrl + ", apiKey " + (apiKey.isPresent() ? "set" : "none")
                + ", timeout " + timeout + ", maxConcurrentCalls " + maxConcurrentCalls + ", jsonSchema " + jsonSchema
                + "]";
    }
}
