package io.newsdigest.models;

import java.nio.file.Path;

/**
 * A manifest ({@code newsdigest.json}) that cannot be read or breaks the format. The message names the field
 * (e.g. {@code files[2].sha256}) and, when read from disk, the manifest path.
 */
public class ModelManifestException extends RuntimeException {

    private final String field;
    private final String problem;

    /**
     * @param field   the offending field in manifest notation, e.g. {@code origin.revision}; empty for the whole file
     * @param problem what is wrong with it
     */
    public ModelManifestException(String field, String problem) {
        this(field, problem, null, null);
    }

    private ModelManifestException(String field, String problem, Path manifest, Throwable cause) {
        super((manifest == null ? "" : "Invalid model manifest " + manifest + ": ")
                + (field.isEmpty() ? problem : "field '" + field + "' " + problem), cause);
        this.field = field;
        this.problem = problem;
    }

    /** @return the offending field in manifest notation, or empty when the file as a whole is unreadable */
    public String field() {
        return field;
    }

    /** @return the same problem with its field nested under {@code parent} (e.g. {@code files[2]}) */
    ModelManifestException nestedUnder(String parent) {
        return new ModelManifestException(field.isEmpty() ? parent : parent + "." + field, problem, null, getCause());
    }

    /** @return the same problem, its message naming the manifest file it was read from */
    ModelManifestException in(Path manifest) {
        return new ModelManifestException(field, problem, manifest, getCause());
    }

    /** @return a problem with the file as a whole (unreadable, not JSON) */
    static ModelManifestException unreadable(Path manifest, String problem, Throwable cause) {
        return new ModelManifestException("", problem, manifest, cause);
    }
}
