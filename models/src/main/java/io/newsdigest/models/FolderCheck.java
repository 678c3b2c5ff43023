package io.newsdigest.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares a model folder with its manifest: presence and size of every listed file, no unlisted files, and on
 * request the sha256 of every file. Stateless and thread-safe. Dot files ({@code .gitattributes}) are ignored:
 * hub clones and file managers leave them and the engine never reads them.
 */
final class FolderCheck {

    private FolderCheck() {
    }

    /** @return problems found, each naming the model id and the file path; empty when the folder matches */
    static List<String> problems(ModelManifest manifest, Path folder, boolean recomputeHashes) {
        List<String> problems = new ArrayList<>();
        String id = manifest.id();
        for (ModelManifest.FileEntry entry : manifest.files()) {
            Path file = folder.resolve(entry.path());
            if (!Files.isRegularFile(file)) {
                problems.add("Model '" + id + "': file " + file + " is missing");
                continue;
            }
            long size = size(file);
            if (size != entry.size()) {
                problems.add("Model '" + id + "': file " + file + " has " + size + " bytes, the manifest says "
                        + entry.size());
            } else if (recomputeHashes) {
                String actual = sha256(file);
                if (!actual.equals(entry.sha256())) {
                    problems.add("Model '" + id + "': file " + file + " has sha256 " + actual
                            + ", the manifest says " + entry.sha256() + " (tampered or corrupted)");
                }
            }
        }
        for (String unlisted : unlisted(manifest, folder)) {
            problems.add("Model '" + id + "': file " + folder.resolve(unlisted) + " is not listed in the manifest");
        }
        return problems;
    }

    /** @return relative paths (with {@code /}) of regular files that the manifest does not list */
    static List<String> unlisted(ModelManifest manifest, Path folder) {
        Set<String> listed = manifest.files().stream().map(ModelManifest.FileEntry::path).collect(Collectors.toSet());
        return files(folder).stream().filter(rel -> !listed.contains(rel)).toList();
    }

    /** @return relative paths (with {@code /}) of every regular file but the manifest and dot files, sorted */
    static List<String> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p))
                    .filter(rel -> Stream.iterate(rel, p -> p != null, Path::getParent)
                            .noneMatch(p -> p.getFileName().toString().startsWith(".")))
                    .map(rel -> rel.toString().replace('\\', '/'))
                    .filter(rel -> !rel.equals(ModelManifest.FILE_NAME) && !rel.equals(ModelManifest.FILE_NAME + ".tmp"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list model folder " + folder, e);
        }
    }

    /** @return size and modification time of every listed file; a changed fingerprint voids an earlier verification */
    static List<String> fingerprint(ModelManifest manifest, Path folder) {
        List<String> parts = new ArrayList<>();
        for (ModelManifest.FileEntry entry : manifest.files()) {
            Path file = folder.resolve(entry.path());
            try {
                parts.add(entry.path() + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                parts.add(entry.path() + ":missing");
            }
        }
        parts.addAll(unlisted(manifest, folder));
        return List.copyOf(parts);
    }

    /** @return lower-case hex sha256 of the file's bytes */
    static String sha256(Path file) {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read model file " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read size of model file " + file, e);
        }
    }
}
