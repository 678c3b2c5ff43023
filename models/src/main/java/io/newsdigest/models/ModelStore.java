package io.newsdigest.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The models directory: one folder per model, named by its id, each holding a {@code newsdigest.json} manifest.
 * Lists, verifies (sha256), installs and removes models. Installs are atomic: files are copied to a temporary folder
 * inside the directory, verified there, then renamed into place, so a reader never sees half a model.
 *
 * <p>Thread-safe: the only state is a memo of folders whose checksums matched, keyed by file sizes and modification
 * times, so that {@link #list()} stays cheap after a {@link #verifyAll()} at start-up. It does not download anything
 * (see the {@code pull} package) and does not load models. Folders whose names start with {@code .} are its own
 * temporary folders and are never listed.
 */
public final class ModelStore {

    private static final String STAGING = ".staging";

    private final Path directory;
    private final Map<Path, List<String>> verifiedFingerprints = new ConcurrentHashMap<>();

    /** @param directory the models directory; it is created on the first install */
    public ModelStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** @return the models directory */
    public Path directory() {
        return directory;
    }

    /**
     * Lists installed models, sorted by id, after a quick check (every listed file present with its size, nothing
     * unlisted). Checksums are not recomputed here; {@code verified} reports an earlier {@link #verify} in this store.
     * Folders whose manifest cannot be read are reported by {@link #unreadableFolders()} instead.
     */
    public List<InstalledModel> list() {
        return manifests().stream().map(m -> check(m, false)).toList();
    }

    /** @return one message per model folder whose manifest is missing or invalid, naming the folder */
    public List<String> unreadableFolders() {
        List<String> problems = new ArrayList<>();
        for (Path folder : folders()) {
            try {
                String id = ModelManifest.read(folder).id();
                if (!id.equals(folder.getFileName().toString())) {
                    problems.add("Model folder " + folder + " cannot be used: its manifest says id '" + id
                            + "'; a model folder must be named after its id");
                }
            } catch (ModelManifestException e) {
                problems.add("Model folder " + folder + " cannot be used: " + e.getMessage());
            }
        }
        return problems;
    }

    /** @return the installed model with this id after a quick check (see {@link #list()}), if installed */
    public Optional<InstalledModel> find(String id) {
        return manifest(id).map(m -> check(m, false));
    }

    /** @return the model with every file's sha256 recomputed and compared, always; empty when not installed */
    public Optional<InstalledModel> verify(String id) {
        return manifest(id).map(m -> check(m, true));
    }

    /** @return every installed model with every file's sha256 recomputed and compared, sorted by id */
    public List<InstalledModel> verifyAll() {
        return manifests().stream().map(m -> check(m, true)).toList();
    }

    /**
     * The gate before loading a model: trusts an earlier verification in this store if no listed file changed size
     * or modification time since (so that it is cheap after a start-up {@link #verifyAll()}), otherwise
     * recomputes every checksum; refuses anything that does not verify.
     *
     * @return the verified model
     * @throws ModelVerificationException naming the id and path when the model is not installed or does not verify
     */
    public InstalledModel requireVerified(String id) {
        Optional<ModelManifest> manifest = manifest(id);
        Path folder = directory.resolve(id);
        if (manifest.isEmpty()) {
            throw new ModelVerificationException(id, folder, "Model '" + id + "' is not installed: " + folder
                    + " holds no readable " + ModelManifest.FILE_NAME + " with that id");
        }
        InstalledModel quick = check(manifest.get(), false);
        InstalledModel model = quick.verified() ? quick : check(manifest.get(), true);
        if (!model.verified()) {
            throw new ModelVerificationException(id, folder, "Refusing model '" + id + "' at " + folder + ": "
                    + model.problem().orElse("not verified"));
        }
        return model;
    }

    /**
     * A cheap fingerprint of the whole directory: the files of every model folder with sizes and modification times,
     * read with {@code stat} calls only. Folders starting with {@code .} (pulls and installs in progress) are left
     * out, so a pull shows up once, when it is renamed into place.
     */
    public StoreFingerprint fingerprint() {
        List<String> entries = new ArrayList<>();
        for (Path folder : folders()) {
            String name = folder.getFileName().toString();
            entries.add(name + "/");
            try {
                for (String file : FolderCheck.files(folder)) {
                    entries.add(name + "/" + file + ":" + stamp(folder.resolve(file)));
                }
            } catch (UncheckedIOException e) {
                // A folder being copied or removed right now: the next look sees it settled.
                entries.add(name + "/:unreadable");
            }
            entries.add(name + "/" + ModelManifest.FILE_NAME + ":" + stamp(folder.resolve(ModelManifest.FILE_NAME)));
        }
        return new StoreFingerprint(entries);
    }

    /**
     * @return what identifies this copy of a model's files: its manifest and every listed file with size and
     *     modification time; equal for an unchanged folder, different after any file was replaced or touched
     */
    public List<String> fingerprint(InstalledModel model) {
        List<String> parts = new ArrayList<>(FolderCheck.fingerprint(model.manifest(), model.folder()));
        parts.add(ModelManifest.FILE_NAME + ":" + stamp(model.folder().resolve(ModelManifest.FILE_NAME)));
        return List.copyOf(parts);
    }

    private static String stamp(Path file) {
        try {
            return Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            // Removed while we looked: that is a change like any other.
            return "gone";
        }
    }

    /**
     * Installs a model folder that carries its manifest: copies the manifest and every listed file (nothing else)
     * into a temporary folder inside the store, verifies every checksum there, then renames it into place.
     *
     * @param source a model folder with a {@code newsdigest.json}
     * @return the installed, verified model
     * @throws ModelManifestException       when the source manifest is missing or invalid
     * @throws ModelVerificationException   when the copied files do not match the manifest (nothing is installed)
     * @throws IllegalStateException        when a model with the same id is already installed
     */
    public InstalledModel install(Path source) {
        ModelManifest manifest = ModelManifest.read(source);
        refuseIfInstalled(manifest.id());
        Path temp = directory.resolve(".install-" + manifest.id() + "-" + UUID.randomUUID());
        try {
            Files.createDirectories(temp);
            for (ModelManifest.FileEntry entry : manifest.files()) {
                Path from = source.resolve(entry.path());
                if (!Files.isRegularFile(from)) {
                    throw new ModelVerificationException(manifest.id(), from, "Model '" + manifest.id()
                            + "': file " + from + " is listed in the manifest but missing");
                }
                Path to = temp.resolve(entry.path());
                Files.createDirectories(to.getParent());
                Files.copy(from, to);
            }
            Files.copy(source.resolve(ModelManifest.FILE_NAME), temp.resolve(ModelManifest.FILE_NAME));
            return commit(temp, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install model '" + manifest.id() + "' from " + source, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * A folder inside the store where a download of {@code id} may collect its files; it survives failures so
     * that a later attempt can resume. Install it with {@link #installStaged(Path)}.
     */
    public Path stagingFolder(String id) {
        ModelManifest.checkId(id);
        Path folder = directory.resolve(STAGING).resolve(id);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create staging folder " + folder, e);
        }
        return folder;
    }

    /**
     * Verifies a complete folder inside the store (normally a {@link #stagingFolder}) against its manifest and
     * renames it into place. On failure the folder is left where it was.
     *
     * @return the installed, verified model
     * @throws ModelVerificationException naming the id and file when a checksum or size does not match
     * @throws IllegalStateException      when a model with the same id is already installed
     */
    public InstalledModel installStaged(Path staged) {
        ModelManifest manifest = ModelManifest.read(staged);
        refuseIfInstalled(manifest.id());
        return commit(staged, manifest);
    }

    /** @return true when the model was installed and is now removed; false when it was not installed */
    public boolean remove(String id) {
        Path folder = directory.resolve(id);
        if (id.startsWith(".") || !Files.isDirectory(folder) || !folder.getParent().equals(directory)) {
            return false;
        }
        // Rename first so readers see the model either whole or gone, never half-deleted.
        Path trash = directory.resolve(".remove-" + id + "-" + UUID.randomUUID());
        try {
            Files.move(folder, trash, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove model '" + id + "' at " + folder, e);
        }
        verifiedFingerprints.remove(folder);
        deleteQuietly(trash);
        return true;
    }

    /**
     * Describes the files of a folder for a manifest: every regular file except the manifest and dot files, with
     * its size and sha256, sorted by path. Used when writing a manifest for an exported or downloaded model.
     */
    public static List<ModelManifest.FileEntry> describeFiles(Path folder) {
        return FolderCheck.files(folder).stream()
                .map(path -> {
                    Path file = folder.resolve(path);
                    try {
                        return new ModelManifest.FileEntry(path, FolderCheck.sha256(file), Files.size(file));
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read model file " + file, e);
                    }
                }).toList();
    }

    private InstalledModel commit(Path staged, ModelManifest manifest) {
        Path target = directory.resolve(manifest.id());
        List<String> problems = FolderCheck.problems(manifest, staged, true);
        if (!problems.isEmpty()) {
            throw new ModelVerificationException(manifest.id(), staged, "Refusing to install model '"
                    + manifest.id() + "' as " + target + ": " + String.join("; ", problems));
        }
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new UncheckedIOException("Cannot install model '" + manifest.id() + "': " + staged
                    + " and " + target + " are on different file systems", e);
        } catch (IOException e) {
            if (Files.exists(target)) {
                throw new IllegalStateException("Model '" + manifest.id() + "' is already installed at " + target
                        + "; remove it first");
            }
            throw new UncheckedIOException("Cannot install model '" + manifest.id() + "' at " + target, e);
        }
        verifiedFingerprints.put(target, FolderCheck.fingerprint(manifest, target));
        return new InstalledModel(manifest, target, true, Optional.empty());
    }

    private InstalledModel check(ModelManifest manifest, boolean recomputeHashes) {
        Path folder = directory.resolve(manifest.id());
        List<String> fingerprint = FolderCheck.fingerprint(manifest, folder);
        boolean knownGood = fingerprint.equals(verifiedFingerprints.get(folder));
        List<String> problems = FolderCheck.problems(manifest, folder, recomputeHashes);
        if (!problems.isEmpty()) {
            verifiedFingerprints.remove(folder);
            return new InstalledModel(manifest, folder, false, Optional.of(String.join("; ", problems)));
        }
        if (recomputeHashes) {
            verifiedFingerprints.put(folder, fingerprint);
        }
        return new InstalledModel(manifest, folder, recomputeHashes || knownGood, Optional.empty());
    }

    private void refuseIfInstalled(String id) {
        Path target = directory.resolve(id);
        if (Files.exists(target)) {
            throw new IllegalStateException("Model '" + id + "' is already installed at " + target
                    + "; remove it first");
        }
    }

    private Optional<ModelManifest> manifest(String id) {
        Path folder = directory.resolve(id);
        if (id.isBlank() || id.startsWith(".") || !directory.equals(folder.getParent())
                || !Files.isRegularFile(folder.resolve(ModelManifest.FILE_NAME))) {
            return Optional.empty();
        }
        try {
            return Optional.of(ModelManifest.read(folder)).filter(m -> m.id().equals(id));
        } catch (ModelManifestException e) {
            return Optional.empty();
        }
    }

    private List<ModelManifest> manifests() {
        List<ModelManifest> manifests = new ArrayList<>();
        for (Path folder : folders()) {
            manifest(folder.getFileName().toString()).ifPresent(manifests::add);
        }
        manifests.sort(Comparator.comparing(ModelManifest::id));
        return manifests;
    }

    private List<Path> folders() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, Files::isDirectory)) {
            stream.forEach(p -> {
                if (!p.getFileName().toString().startsWith(".")) {
                    folders.add(p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list models directory " + directory, e);
        }
        folders.sort(Comparator.naturalOrder());
        return folders;
    }

    static void deleteQuietly(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Leftovers of a temporary folder are harmless: dot folders are never listed.
                }
            });
        } catch (IOException ignored) {
            // Same reason as above.
        }
    }
}
