package io.newsdigest.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * The model folders shipped inside NewsDigest itself (today the language-identification model
 * {@value #LANGUAGE_ID}), seen as a read-only {@link ModelStore}: they are listed, verified (sha256 of every file)
 * and refused when tampered with exactly like installed models, and work with no install step.
 *
 * <p>The folders live on the class path under {@code io/newsdigest/models/bundled/}. From a jar they are read
 * through a zip file system that this object opens and closes; from a classes directory, directly. Thread-safe.
 * The owner closes it (safe to close twice); a store obtained from it must not be used afterwards. Nothing may be
 * installed into or removed from this store.
 */
public final class BundledModels implements AutoCloseable {

    /** Id of the bundled language-identification model. */
    public static final String LANGUAGE_ID = "fasttext-lid-176";

    private static final String FOLDER = "io/newsdigest/models/bundled";

    private final Optional<FileSystem> jar;
    private final ModelStore store;

    private BundledModels(Optional<FileSystem> jar, Path directory) {
        this.jar = jar;
        this.store = new ModelStore(directory);
    }

    /**
     * Opens the bundled models of the class path this class was loaded from.
     *
     * @throws IllegalStateException naming the location when the bundled folder cannot be found
     */
    public static BundledModels open() {
        Path location = codeLocation();
        if (Files.isDirectory(location)) {
            return new BundledModels(Optional.empty(), checked(location.resolve(FOLDER), location));
        }
        FileSystem zip;
        try {
            zip = FileSystems.newFileSystem(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + location + " to read its bundled models", e);
        }
        try {
            return new BundledModels(Optional.of(zip), checked(zip.getPath("/" + FOLDER), location));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /** @return the bundled models as a store: list, verify and {@code requireVerified} work as for installed ones */
    public ModelStore store() {
        return store;
    }

    @Override
    public void close() {
        jar.ifPresent(BundledModels::closeQuietly);
    }

    private static Path codeLocation() {
        CodeSource source = BundledModels.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("The bundled models cannot be found: the class loader of "
                    + BundledModels.class.getName() + " does not say where it was loaded from");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("The bundled models cannot be found at " + source.getLocation(), e);
        }
    }

    private static Path checked(Path folder, Path location) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The bundled models folder " + FOLDER + " is missing from " + location);
        }
        return folder;
    }

    private static void closeQuietly(FileSystem zip) {
        try {
            zip.close();
        } catch (IOException | UnsupportedOperationException ignored) {
            // Closing a read-only zip file system only releases its file handle.
        }
    }
}
