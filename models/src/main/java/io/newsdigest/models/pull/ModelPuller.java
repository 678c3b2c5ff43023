package io.newsdigest.models.pull;

import io.newsdigest.models.InstalledModel;
import io.newsdigest.models.ModelManifest;
import io.newsdigest.models.ModelStore;
import io.newsdigest.models.catalog.CatalogEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Installs a catalog model from the hub: downloads every listed file into a staging folder inside the models
 * directory (resuming part files with HTTP {@code Range}), records the sha256 and size of each file in the
 * manifest as downloaded (trust on first use: the catalog carries no checksums), then lets {@link ModelStore}
 * verify the folder and rename it into place. A failed pull leaves its staging folder so the next pull resumes.
 *
 * <p>Thread-safe for pulls of different models; two concurrent pulls of the same model are not supported. It is
 * never called from a request or a constructor: pulling is an explicit command. Closing it closes the HTTP client
 * it built itself (never one passed in); closing twice is harmless.
 */
public final class ModelPuller implements AutoCloseable {

    private final ModelStore store;
    private final PullOptions options;
    private final HttpClient http;
    private final boolean ownsClient;

    /**
     * @param store   where models are installed
     * @param options hub URL, attempts and timeouts
     */
    public ModelPuller(ModelStore store, PullOptions options) {
        this(store, options, HttpClient.newBuilder().connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build(), true);
    }

    /**
     * Same, with an HTTP client of the caller's (proxy, TLS settings); it must follow redirects, as the hub
     * redirects file downloads to its storage. The caller keeps ownership of it.
     */
    public ModelPuller(ModelStore store, PullOptions options, HttpClient http) {
        this(store, options, http, false);
    }

    private ModelPuller(ModelStore store, PullOptions options, HttpClient http, boolean ownsClient) {
        this.store = Objects.requireNonNull(store, "store");
        this.options = Objects.requireNonNull(options, "options");
        this.http = Objects.requireNonNull(http, "http");
        this.ownsClient = ownsClient;
    }

    @Override
    public void close() {
        if (ownsClient) {
            http.close();
        }
    }

    /**
     * Downloads, records checksums, verifies and installs {@code entry}.
     *
     * @param entry    a pullable catalog entry
     * @param progress hears bytes done and total per file
     * @return the installed, verified model
     * @throws ModelDownloadException naming the model, file and HTTP status when a download fails, or when the
     *                                entry has no published export (the message then gives the export recipe)
     * @throws IllegalStateException  when the model is already installed
     */
    public InstalledModel pull(CatalogEntry entry, PullProgress progress) {
        String id = entry.id();
        if (entry.exportRecipe().isPresent()) {
            throw new ModelDownloadException(id, Optional.empty(), OptionalInt.empty(), "Model '" + id
                    + "' has no published ONNX export to pull; make one with: " + entry.exportRecipe().get(), null);
        }
        if (Files.exists(store.directory().resolve(id))) {
            throw new IllegalStateException("Model '" + id + "' is already installed at "
                    + store.directory().resolve(id) + "; remove it first");
        }
        Path staging = store.stagingFolder(id);
        List<ModelManifest.FileEntry> downloaded = new ArrayList<>();
        for (CatalogEntry.CatalogFile file : entry.files()) {
            if (fetch(entry, file, staging, progress)) {
                downloaded.add(describe(staging, file.path()));
            }
        }
        removeStale(staging, downloaded);
        entry.toManifest(downloaded).writeTo(staging);
        return store.installStaged(staging);
    }

    /** @return the URL a file of a repository is fetched from */
    public URI fileUri(ModelManifest.Origin origin, String path) {
        String base = options.hubBase().toString().replaceAll("/+$", "");
        return URI.create(base + "/" + origin.repository() + "/resolve/" + origin.revision() + "/" + path);
    }

    /** @return true when the file is now complete in the staging folder, false when an optional file is absent */
    private boolean fetch(CatalogEntry entry, CatalogEntry.CatalogFile file, Path staging, PullProgress progress) {
        Path target = staging.resolve(file.path());
        if (Files.isRegularFile(target)) {
            return true; // completed by an earlier, interrupted pull
        }
        URI uri = fileUri(entry.origin(), file.path());
        ResumableDownload download = new ResumableDownload(http, uri, target, entry.id(), file.path(), progress);
        IOException last = null;
        for (int attempt = 1; attempt <= options.attempts(); attempt++) {
            try {
                if (download.attempt() == ResumableDownload.Result.COMPLETE) {
                    return true;
                }
                if (file.optional()) {
                    return false;
                }
                throw new ModelDownloadException(entry.id(), Optional.of(file.path()), OptionalInt.of(404),
                        "Cannot pull model '" + entry.id() + "': GET " + uri + " answered HTTP 404 for file "
                                + file.path() + " (is revision '" + entry.origin().revision() + "' of "
                                + entry.origin().repository() + " right?)", null);
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelDownloadException(entry.id(), Optional.of(file.path()), OptionalInt.empty(),
                        "Pull of model '" + entry.id() + "' interrupted during file " + file.path(), e);
            }
        }
        throw new ModelDownloadException(entry.id(), Optional.of(file.path()), OptionalInt.empty(),
                "Cannot pull model '" + entry.id() + "': file " + file.path() + " from " + uri + " failed after "
                        + options.attempts() + " attempt(s): " + last.getMessage()
                        + ". Run the pull again to resume where it stopped.", last);
    }

    private static ModelManifest.FileEntry describe(Path staging, String path) {
        Path file = staging.resolve(path);
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return new ModelManifest.FileEntry(path, HexFormat.of().formatHex(digest.digest()), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read downloaded file " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** Deletes files an earlier attempt left that this pull does not list (e.g. after a catalog change). */
    private static void removeStale(Path staging, List<ModelManifest.FileEntry> keep) {
        List<Path> wanted = keep.stream().map(f -> staging.resolve(f.path())).toList();
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !wanted.contains(p)).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tidy staging folder " + staging, e);
        }
    }
}
