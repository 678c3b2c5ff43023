package io.newsdigest.models.catalog;

import io.newsdigest.models.ModelFamily;
import io.newsdigest.models.ModelManifest;
import io.newsdigest.models.ModelTask;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A real model NewsDigest knows how to install. It carries no checksums: nobody has published them for these
 * files, so they are recorded when the files are first downloaded (trust on first use) and verified afterwards.
 *
 * @param id               catalog id and folder name, e.g. {@code opus-mt-de-en}
 * @param task             what the model does
 * @param family           architecture family
 * @param languages        languages it reads or writes
 * @param source           source language of a one-pair translator
 * @param target           target language of a one-pair translator
 * @param licence          licence of the weights (SPDX-style)
 * @param commercialUse    false when the licence forbids commercial use (NC licences)
 * @param upstream         the hub repository of the original weights the export was made from
 * @param origin           hub repository and revision to fetch from
 * @param files            files to fetch, paths as in the repository
 * @param approximateBytes total download size, approximate, for messages and the docs
 * @param quality          published quality figure, or empty
 * @param exportRecipe     present when no ONNX export is published: the command that makes one; such an entry
 *                         cannot be pulled
 */
public record CatalogEntry(String id, ModelTask task, ModelFamily family, List<String> languages,
                           Optional<String> source, Optional<String> target, String licence, boolean commercialUse,
                           String upstream, ModelManifest.Origin origin, List<CatalogFile> files, long approximateBytes,
                           String quality, Optional<String> exportRecipe) {

    public CatalogEntry {
        ModelManifest.checkId(id);
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(family, "family");
        languages = List.copyOf(languages);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(origin, "origin");
        files = List.copyOf(files);
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(exportRecipe, "exportRecipe");
        if (exportRecipe.isEmpty() && files.isEmpty()) {
            throw new IllegalArgumentException("catalog entry '" + id + "': files must not be empty for a pullable model");
        }
    }

    /** @return true when the files can be downloaded as listed; false when an export must be made first */
    public boolean pullable() {
        return exportRecipe.isEmpty();
    }

    /** @return true when this entry translates {@code from} into {@code to} */
    public boolean translates(String from, String to) {
        if (task != ModelTask.TRANSLATION) {
            return false;
        }
        if (family.manyToMany()) {
            return !from.equals(to) && languages.contains(from) && languages.contains(to);
        }
        return source.equals(Optional.of(from)) && target.equals(Optional.of(to));
    }

    /**
     * @param downloaded the files as downloaded, with their sha256 and size
     * @return the manifest of an installed copy of this entry
     */
    public ModelManifest toManifest(List<ModelManifest.FileEntry> downloaded) {
        return new ModelManifest(id, task, family, languages, source, target, licence, origin, downloaded);
    }

    /**
     * One file to fetch.
     *
     * @param path     path in the repository and in the installed folder, with {@code /}
     * @param optional true when a missing file (HTTP 404) is no error, e.g. a {@code generation_config.json}
     *                 that older exports lack
     */
    public record CatalogFile(String path, boolean optional) {
        public CatalogFile {
            ModelManifest.checkPath(path);
        }
    }
}
