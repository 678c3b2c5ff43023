package io.newsdigest.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes {@link ModelManifest} JSON through Jackson's tree model, so that every problem can name the
 * manifest field it concerns. Unknown fields are ignored: newer manifests stay readable. Thread-safe.
 */
final class ManifestJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestJson() {
    }

    static ModelManifest read(Path file) {
        Path manifest = Files.isDirectory(file) ? file.resolve(ModelManifest.FILE_NAME) : file;
        String json;
        try {
            json = Files.readString(manifest, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw ModelManifestException.unreadable(manifest, "no such file", e);
        } catch (IOException e) {
            throw ModelManifestException.unreadable(manifest, "cannot be read: " + e.getMessage(), e);
        }
        try {
            return read(json);
        } catch (ModelManifestException e) {
            throw e.in(manifest);
        }
    }

    static ModelManifest read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ModelManifestException("", "is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ModelManifestException("", "must be a JSON object");
        }
        JsonNode origin = object(root, "origin");
        return new ModelManifest(
                text(root, "id", ""),
                ModelTask.fromJson(text(root, "task", "")),
                ModelFamily.fromJson(text(root, "family", "")),
                texts(root, "languages"),
                optionalText(root, "source"),
                optionalText(root, "target"),
                text(root, "licence", ""),
                new ModelManifest.Origin(text(origin, "repository", "origin."), text(origin, "revision", "origin.")),
                files(root),
                optionalText(root, "attribution"));
    }

    private static List<ModelManifest.FileEntry> files(JsonNode root) {
        JsonNode array = root.get("files");
        if (array == null || !array.isArray()) {
            throw new ModelManifestException("files", array == null ? "is missing" : "must be an array");
        }
        List<ModelManifest.FileEntry> files = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String where = "files[" + i + "]";
            JsonNode entry = array.get(i);
            if (!entry.isObject()) {
                throw new ModelManifestException(where, "must be an object with path, sha256 and size");
            }
            JsonNode size = entry.get("size");
            if (size == null || !size.canConvertToLong() || !size.isIntegralNumber()) {
                throw new ModelManifestException(where + ".size", size == null ? "is missing" : "must be a whole number");
            }
            try {
                files.add(new ModelManifest.FileEntry(text(entry, "path", ""), text(entry, "sha256", ""),
                        size.asLong()));
            } catch (ModelManifestException e) {
                throw e.nestedUnder(where);
            }
        }
        return files;
    }

    private static JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw new ModelManifestException(field, node == null ? "is missing" : "must be an object");
        }
        return node;
    }

    private static String text(JsonNode parent, String field, String prefix) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new ModelManifestException(prefix + field, "is missing");
        }
        if (!node.isTextual()) {
            throw new ModelManifestException(prefix + field, "must be a string");
        }
        return node.asText();
    }

    private static Optional<String> optionalText(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(text(parent, field, ""));
    }

    private static List<String> texts(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray()) {
            throw new ModelManifestException(field, node == null ? "is missing" : "must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw new ModelManifestException(field + "[" + i + "]", "must be a string");
            }
            values.add(node.get(i).asText());
        }
        return values;
    }

    static String write(ModelManifest manifest) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", manifest.id());
        root.put("task", manifest.task().jsonName());
        root.put("family", manifest.family().jsonName());
        ArrayNode languages = root.putArray("languages");
        manifest.languages().forEach(languages::add);
        manifest.source().ifPresent(s -> root.put("source", s));
        manifest.target().ifPresent(t -> root.put("target", t));
        root.put("licence", manifest.licence());
        manifest.attribution().ifPresent(a -> root.put("attribution", a));
        ObjectNode origin = root.putObject("origin");
        origin.put("repository", manifest.origin().repository());
        origin.put("revision", manifest.origin().revision());
        ArrayNode files = root.putArray("files");
        for (ModelManifest.FileEntry file : manifest.files()) {
            files.addObject().put("path", file.path()).put("sha256", file.sha256()).put("size", file.size());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }

    static Path writeTo(ModelManifest manifest, Path folder) {
        Path target = folder.resolve(ModelManifest.FILE_NAME);
        Path temp = folder.resolve(ModelManifest.FILE_NAME + ".tmp");
        try {
            Files.writeString(temp, write(manifest), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write model manifest " + target, e);
        }
    }
}
