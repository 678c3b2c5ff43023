package io.newsdigest.service;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accepted connections send small writes at once unless the configuration says otherwise. */
class ConnectionOptionsTest {

    @Test
    void nagleIsOffByDefault() {
        assertTrue(ServerAssembly.connectionOptions(Config.empty().get("server.connection-options")).tcpNoDelay());
    }

    @Test
    void otherConfiguredOptionsKeepNagleOff() {
        Config config = Config.just(ConfigSources.create(Map.of("server.connection-options.read-timeout", "PT7S")));
        var options = ServerAssembly.connectionOptions(config.get("server.connection-options"));
        assertTrue(options.tcpNoDelay());
        assertEquals(Duration.ofSeconds(7), options.readTimeout());
    }

    @Test
    void theConfigurationCanTurnNagleBackOn() {
        Config config = Config.just(ConfigSources.create(Map.of("server.connection-options.tcp-no-delay", "false")));
        assertFalse(ServerAssembly.connectionOptions(config.get("server.connection-options")).tcpNoDelay());
    }
}
