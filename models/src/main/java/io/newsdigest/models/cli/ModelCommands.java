package io.newsdigest.models.cli;

import io.newsdigest.models.InstalledModel;
import io.newsdigest.models.ModelManifest;
import io.newsdigest.models.ModelManifestException;
import io.newsdigest.models.ModelStore;
import io.newsdigest.models.ModelVerificationException;
import io.newsdigest.models.catalog.CatalogEntry;
import io.newsdigest.models.catalog.ModelCatalog;
import io.newsdigest.models.pull.ModelDownloadException;
import io.newsdigest.models.pull.ModelPuller;
import io.newsdigest.models.pull.PullProgress;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code newsdigest models ...} does: each method performs one subcommand, prints results to {@code out} and
 * problems to {@code err}, and returns the process exit code: {@link #OK}, {@link #FAILED} (a download or a
 * verification failed, or nothing to remove) or {@link #USAGE} (an id the catalog does not know, a bad folder).
 * Parses no arguments. Not thread-safe: one command at a time.
 */
public final class ModelCommands {

    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: the command ran and failed (download, verification, nothing to remove). */
    public static final int FAILED = 1;
    /** Exit code: the command could not run as asked (unknown model id, unusable folder). */
    public static final int USAGE = 2;

    private final ModelStore store;
    private final ModelCatalog catalog;
    private final ModelPuller puller;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param store   the models directory
     * @param catalog known models, normally {@link ModelCatalog#bundled()}
     * @param puller  downloads catalog models into {@code store}
     * @param out     results
     * @param err     problems and progress
     */
    public ModelCommands(ModelStore store, ModelCatalog catalog, ModelPuller puller, PrintStream out, PrintStream err) {
        this.store = store;
        this.catalog = catalog;
        this.puller = puller;
        this.out = out;
        this.err = err;
    }

    /** {@code models list}: installed models with a quick check, then catalog models not yet installed. */
    public int list() {
        out.println("Models directory: " + store.directory());
        List<InstalledModel> installed = store.list();
        if (installed.isEmpty()) {
            out.println("No models installed.");
        } else {
            out.println();
            out.println(ModelTable.installed(installed));
        }
        store.unreadableFolders().forEach(problem -> err.println("warning: " + problem));
        List<CatalogEntry> available = catalog.entries().stream()
                .filter(e -> installed.stream().noneMatch(m -> m.id().equals(e.id()))).toList();
        if (!available.isEmpty()) {
            out.println();
            out.println("Available (newsdigest models pull ID):");
            out.println(ModelTable.available(available));
        }
        return OK;
    }

    /** {@code models pull ID} with a text progress bar on {@code err}. */
    public int pull(String id) {
        return pull(id, new ConsoleProgress(err));
    }

    /** {@code models pull ID}, reporting progress to {@code progress} (e.g. the service's own progress bar). */
    public int pull(String id, PullProgress progress) {
        Optional<CatalogEntry> entry = catalog.find(id);
        if (entry.isEmpty()) {
            err.println("Unknown model '" + id + "'. Known models: " + knownIds());
            return USAGE;
        }
        Optional<InstalledModel> present = store.find(id);
        if (present.isPresent()) {
            out.println("Model '" + id + "' is already installed at " + present.get().folder()
                    + " (" + present.get().status() + "). Check it with: newsdigest models verify " + id);
            return present.get().broken() ? FAILED : OK;
        }
        CatalogEntry model = entry.get();
        if (!model.commercialUse()) {
            out.println("Note: '" + id + "' is licensed " + model.licence() + ", which does not allow commercial use.");
        }
        if (model.exportRecipe().isPresent()) {
            err.println("Model '" + id + "' has no published ONNX export to pull. Make one, then import it:");
            err.println("  " + model.exportRecipe().get());
            return FAILED;
        }
        out.println("Pulling '" + id + "' (about " + Sizes.human(model.approximateBytes()) + ") from "
                + model.origin().repository() + " at revision " + model.origin().revision());
        try {
            InstalledModel installed = puller.pull(model, progress);
            out.println("Installed '" + id + "' at " + installed.folder() + ": " + installed.manifest().files().size()
                    + " files, " + Sizes.human(installed.manifest().totalSize()) + ", sha256 recorded on this first"
                    + " download and verified.");
            return OK;
        } catch (ModelDownloadException | ModelVerificationException | IllegalStateException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (UncheckedIOException e) {
            err.println(e.getMessage() + ": " + e.getCause().getMessage());
            return FAILED;
        }
    }

    /** {@code models verify [ID]}: recomputes every checksum of one or all installed models. */
    public int verify(Optional<String> id) {
        List<InstalledModel> models;
        if (id.isPresent()) {
            Optional<InstalledModel> model = store.verify(id.get());
            if (model.isEmpty()) {
                err.println("Model '" + id.get() + "' is not installed in " + store.directory());
                return FAILED;
            }
            models = List.of(model.get());
        } else {
            models = store.verifyAll();
        }
        List<String> unreadable = id.isPresent() ? List.of() : store.unreadableFolders();
        if (models.isEmpty() && unreadable.isEmpty()) {
            out.println("No models installed in " + store.directory());
            return OK;
        }
        for (InstalledModel model : models) {
            if (model.verified()) {
                out.println("ok      " + model.id() + " (" + model.manifest().files().size() + " files, "
                        + Sizes.human(model.manifest().totalSize()) + ")");
            } else {
                err.println("FAILED  " + model.problem().orElse("Model '" + model.id() + "' did not verify"));
            }
        }
        unreadable.forEach(problem -> err.println("FAILED  " + problem));
        boolean allGood = unreadable.isEmpty() && models.stream().allMatch(InstalledModel::verified);
        return allGood ? OK : FAILED;
    }

    /** {@code models remove ID}. */
    public int remove(String id) {
        if (!store.remove(id)) {
            err.println("Model '" + id + "' is not installed in " + store.directory());
            return FAILED;
        }
        out.println("Removed '" + id + "' from " + store.directory());
        return OK;
    }

    /**
     * {@code models import FOLDER [ID]}: installs a folder made by hand or by an Optimum export. A folder that
     * carries its {@code newsdigest.json} is installed as it is. Otherwise {@code id} must be a catalog id: its
     * catalog metadata and the sha256 of every file in the folder are written to the folder's manifest first.
     */
    public int importFolder(Path folder, Optional<String> id) {
        if (!Files.isDirectory(folder)) {
            err.println("Not a folder: " + folder);
            return USAGE;
        }
        if (!Files.exists(folder.resolve(ModelManifest.FILE_NAME))) {
            if (id.isEmpty() || catalog.find(id.get()).isEmpty()) {
                err.println(folder + " has no " + ModelManifest.FILE_NAME + ". Name a catalog model to describe it ("
                        + knownIds() + "), or write the manifest as docs/models.md shows.");
                return USAGE;
            }
            ModelManifest manifest = catalog.find(id.get()).get().toManifest(ModelStore.describeFiles(folder));
            manifest.writeTo(folder);
            out.println("Wrote " + folder.resolve(ModelManifest.FILE_NAME) + " listing "
                    + manifest.files().size() + " files with their sha256");
        }
        return install(folder, id);
    }

    /**
     * Like {@link #importFolder(Path, Optional)} for a model outside the catalog: {@code described} gives every
     * manifest field but the files, which are read from the folder.
     */
    public int importFolder(Path folder, ModelManifest described) {
        if (!Files.isDirectory(folder)) {
            err.println("Not a folder: " + folder);
            return USAGE;
        }
        described.withFiles(ModelStore.describeFiles(folder)).writeTo(folder);
        return install(folder, Optional.of(described.id()));
    }

    private int install(Path folder, Optional<String> expectedId) {
        try {
            ModelManifest manifest = ModelManifest.read(folder);
            if (expectedId.isPresent() && !expectedId.get().equals(manifest.id())) {
                err.println(folder.resolve(ModelManifest.FILE_NAME) + " describes '" + manifest.id()
                        + "', not '" + expectedId.get() + "'");
                return USAGE;
            }
            InstalledModel model = store.install(folder);
            out.println("Installed '" + model.id() + "' at " + model.folder() + " (verified)");
            return OK;
        } catch (ModelManifestException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (ModelVerificationException | IllegalStateException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (UncheckedIOException e) {
            err.println(e.getMessage() + ": " + e.getCause().getMessage());
            return FAILED;
        }
    }

    private String knownIds() {
        return catalog.entries().stream().map(CatalogEntry::id).collect(Collectors.joining(", "));
    }
}
