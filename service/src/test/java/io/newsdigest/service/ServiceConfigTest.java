package io.newsdigest.service;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceConfigTest {

    @Test
    void theEmbeddedFileGivesTheDocumentedDefaults() {
        ServiceConfig config = ServiceConfig.from(Application.config(Optional.empty()), Map.of());
        assertEquals(1_048_576, config.maxBodyBytes());
        assertEquals(Runtime.getRuntime().availableProcessors(), config.maxConcurrentRequests(), "one per core");
        assertEquals(256, config.maxQueuedRequests());
        assertEquals(10_000, config.maxQueueWaitMillis());
        assertEquals(100, config.maxJsonDepth());
        assertEquals(10_000, config.maxBatchLines());
        assertEquals(List.of("de", "en"), config.languages());
        assertTrue(config.apiKeys().isEmpty());
        assertTrue(config.modelsDirectory().isEmpty());
    }

    @Test
    void aChatModelAddsASlotForEachCallItMayHaveInFlight() {
        int cores = Runtime.getRuntime().availableProcessors();
        ServiceConfig chat = ServiceConfig.from(Application.config(Optional.empty()),
                Map.of("NEWSDIGEST_LLM_PROVIDER", "ollama", "NEWSDIGEST_LLM_MAX_CONCURRENT_CALLS", "3"));
        assertEquals(cores + 3, chat.maxConcurrentRequests());
        ServiceConfig fixed = ServiceConfig.from(Application.config(Optional.empty()), Map.of(
                "NEWSDIGEST_LLM_PROVIDER", "ollama", "NEWSDIGEST_LIMITS_MAX_CONCURRENT_REQUESTS", "5"));
        assertEquals(5, fixed.maxConcurrentRequests(), "a configured count wins");
    }

    @Test
    void anEnvironmentVariableNamedAfterTheKeyOverridesTheFile() {
        ServiceConfig config = ServiceConfig.from(Application.config(Optional.empty()),
                Map.of("NEWSDIGEST_LIMITS_MAX_BODY_BYTES", "2048", "NEWSDIGEST_AUTH_API_KEYS", "k1, k2"));
        assertEquals(2048, config.maxBodyBytes());
        assertEquals(List.of("k1", "k2"), config.apiKeys());
    }

    @Test
    void yamlListsAreAccepted() {
        Config root = Config.just(ConfigSources.create(Map.of("newsdigest.languages.0", "en",
                "newsdigest.languages.1", "de")));
        assertEquals(List.of("en", "de"), ServiceConfig.from(root, Map.of()).languages());
    }

    @Test
    void aNonNumericLimitIsRefusedNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServiceConfig.from(
                Config.empty(), Map.of("NEWSDIGEST_LIMITS_MAX_BATCH_LINES", "many")));
        assertTrue(e.getMessage().contains("newsdigest.limits.max-batch-lines"));
    }

    @Test
    void aZeroLimitIsRefusedNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServiceConfig.from(
                Config.empty(), Map.of("NEWSDIGEST_LIMITS_MAX_CONCURRENT_REQUESTS", "0")));
        assertTrue(e.getMessage().contains("max-concurrent-requests"));
    }
}
