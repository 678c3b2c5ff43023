package io.newsdigest.nlp.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the tiny models committed under {@code models/tiny/} (built by the script beside them) and reads their
 * PyTorch reference outputs. The folder can be overridden with {@code -Dnewsdigest.tinyModels=...}.
 */
public final class TinyModels {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TinyModels() {
    }

    /** @return the models/tiny folder of the project, when present */
    public static Optional<Path> root() {
        String configured = System.getProperty("newsdigest.tinyModels");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("../models/tiny"), Path.of("models/tiny"));
        return candidates.stream().filter(Files::isDirectory).findFirst().map(Path::toAbsolutePath);
    }

    /** @return the first tiny model folder whose manifest names this family ({@code marian}, {@code t5}, ...) */
    public static Optional<Path> byFamily(String family) {
        return root().flatMap(root -> {
            try (Stream<Path> folders = Files.list(root)) {
                return folders.filter(folder -> Files.isRegularFile(folder.resolve("newsdigest.json")))
                        .filter(folder -> family.equals(read(folder.resolve("newsdigest.json")).path("family").asText()))
                        .sorted().findFirst();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static JsonNode reference(Path folder) {
        return read(folder.resolve("reference.json"));
    }

    public static long[] ids(JsonNode array) {
        long[] ids = new long[array.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = array.get(i).asLong();
        }
        return ids;
    }

    public static List<Long> idList(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
