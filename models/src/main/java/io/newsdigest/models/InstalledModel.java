package io.newsdigest.models;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A model folder found in the models directory, with the outcome of its last check.
 *
 * @param manifest its manifest
 * @param folder   absolute path of the model folder
 * @param verified true when the sha256 of every listed file was recomputed and matched (by {@link ModelStore#verify}
 *                 or earlier in the same store, files unchanged since); false when it failed or was not done
 * @param problem  what is wrong, naming the model id and the file path; empty when nothing was found wrong
 */
public record InstalledModel(ModelManifest manifest, Path folder, boolean verified, Optional<String> problem) {

    public InstalledModel {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(problem, "problem");
        if (verified && problem.isPresent()) {
            throw new IllegalArgumentException("verified must be false when a problem is given: " + problem.get());
        }
    }

    /** @return the model id (its folder name) */
    public String id() {
        return manifest.id();
    }

    /** @return true when a check found something wrong; such a model must not be loaded */
    public boolean broken() {
        return problem.isPresent();
    }

    /** @return {@code verified}, {@code unchecked} (present with the right sizes, sha256 not recomputed) or {@code broken} */
    public String status() {
        return verified ? "verified" : broken() ? "broken" : "unchecked";
    }

    /** @return the absolute path of a listed file inside the folder */
    public Path file(String relativePath) {
        return folder.resolve(relativePath);
    }
}
