package io.newsdigest.models.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdigest.models.ModelFamily;
import io.newsdigest.models.ModelManifest;
import io.newsdigest.models.ModelTask;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The models NewsDigest knows how to install, read from the bundled {@code catalog.json}. Immutable and thread-safe.
 * It only describes models; {@code ModelPuller} fetches them and {@code ModelStore} keeps them.
 */
public final class ModelCatalog {

    private static final String RESOURCE = "catalog.json";

    private final List<CatalogEntry> entries;

    /** @param entries the known models; ids must be unique */
    public ModelCatalog(List<CatalogEntry> entries) {
        Set<String> ids = new HashSet<>();
        for (CatalogEntry entry : entries) {
            if (!ids.add(entry.id())) {
                throw new IllegalArgumentException("catalog lists model '" + entry.id() + "' twice");
            }
        }
        this.entries = List.copyOf(entries);
    }

    /** @return the catalog bundled with NewsDigest */
    public static ModelCatalog bundled() {
        try (InputStream in = ModelCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled model catalog " + RESOURCE + " is missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled model catalog " + RESOURCE, e);
        }
    }

    /**
     * @param json a catalog in the bundled format ({@code {"models": [...]}})
     * @return the catalog
     * @throws IllegalArgumentException naming the model and field that is missing or wrong
     */
    public static ModelCatalog parse(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode models = root == null ? null : root.get("models");
        if (models == null || !models.isArray()) {
            throw new IllegalArgumentException("model catalog: field 'models' must be an array");
        }
        List<CatalogEntry> entries = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            entries.add(CatalogJson.entry(models.get(i), "models[" + i + "]"));
        }
        return new ModelCatalog(entries);
    }

    /** @return every known model, in catalog order */
    public List<CatalogEntry> entries() {
        return entries;
    }

    /** @return the entry with this id, if known */
    public Optional<CatalogEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * Suggests a translator for messages such as "install one with: newsdigest models pull ...". A one-pair model
     * with a commercial licence is preferred over a many-to-many or non-commercial one.
     */
    public Optional<CatalogEntry> suggestTranslator(String source, String target) {
        return entries.stream().filter(e -> e.translates(source, target))
                .min(Comparator.comparing((CatalogEntry e) -> !e.commercialUse())
                        .thenComparing(e -> e.family().manyToMany()));
    }

    /** Suggests a summarizer that writes {@code language}, preferring pullable, commercially usable ones. */
    public Optional<CatalogEntry> suggestSummarizer(String language) {
        return entries.stream()
                .filter(e -> e.task() == ModelTask.SUMMARIZATION && e.languages().contains(language))
                .min(Comparator.comparing((CatalogEntry e) -> !e.pullable()).thenComparing(e -> !e.commercialUse()));
    }

    /** Reads one catalog entry from the JSON tree; messages name the entry and field. */
    private static final class CatalogJson {

        static CatalogEntry entry(JsonNode node, String where) {
            String id = text(node, "id", where);
            String at = where + " ('" + id + "')";
            try {
                JsonNode origin = node.path("origin");
                return new CatalogEntry(id,
                        ModelTask.fromJson(text(node, "task", at)),
                        ModelFamily.fromJson(text(node, "family", at)),
                        texts(node.path("languages"), at + ".languages"),
                        optional(node, "source"), optional(node, "target"),
                        text(node, "licence", at),
                        node.path("commercialUse").asBoolean(true),
                        text(node, "upstream", at),
                        new ModelManifest.Origin(text(origin, "repository", at + ".origin"),
                                text(origin, "revision", at + ".origin")),
                        files(node.path("files"), at),
                        node.path("approximateBytes").asLong(0),
                        node.path("quality").asText(""),
                        optional(node, "exportRecipe"));
            } catch (RuntimeException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("model catalog")) {
                    throw e;
                }
                throw new IllegalArgumentException("model catalog " + at + ": " + e.getMessage(), e);
            }
        }

        private static List<CatalogEntry.CatalogFile> files(JsonNode array, String at) {
            List<CatalogEntry.CatalogFile> files = new ArrayList<>();
            for (JsonNode file : array) {
                files.add(file.isTextual() ? new CatalogEntry.CatalogFile(file.asText(), false)
                        : new CatalogEntry.CatalogFile(text(file, "path", at + ".files"),
                        file.path("optional").asBoolean(false)));
            }
            return files;
        }

        private static String text(JsonNode node, String field, String at) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw new IllegalArgumentException("model catalog " + at + ": field '" + field
                        + "' must be a non-blank string");
            }
            return value.asText();
        }

        private static Optional<String> optional(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
        }

        private static List<String> texts(JsonNode array, String at) {
            List<String> values = new ArrayList<>();
            array.forEach(v -> values.add(v.asText()));
            if (values.isEmpty()) {
                throw new IllegalArgumentException("model catalog " + at + " must name at least one language");
            }
            return values;
        }
    }
}
