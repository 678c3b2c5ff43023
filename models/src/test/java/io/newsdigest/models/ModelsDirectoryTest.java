package io.newsdigest.models;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ModelsDirectoryTest {

    private static final Path HOME = Path.of("/home/editor");

    @Test
    void configuredValueWinsOverEnvironment() {
        Path dir = ModelsDirectory.resolve(Optional.of("/srv/models"), Map.of(ModelsDirectory.ENV, "/env/models")::get, HOME);

        assertEquals(Path.of("/srv/models"), dir);
    }

    @Test
    void environmentWinsOverDefault() {
        Path dir = ModelsDirectory.resolve(Optional.empty(), Map.of(ModelsDirectory.ENV, "/env/models")::get, HOME);

        assertEquals(Path.of("/env/models"), dir);
    }

    @Test
    void defaultsToNewsdigestFolderInHome() {
        Path dir = ModelsDirectory.resolve(Optional.of("  "), Map.<String, String>of()::get, HOME);

        assertEquals(Path.of("/home/editor/.newsdigest/models"), dir);
    }

    @Test
    void expandsLeadingTildeToHome() {
        Path dir = ModelsDirectory.resolve(Optional.of("~/nd-models"), Map.<String, String>of()::get, HOME);

        assertEquals(Path.of("/home/editor/nd-models"), dir);
    }
}
