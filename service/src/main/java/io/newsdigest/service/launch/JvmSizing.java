package io.newsdigest.service.launch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The JVM options the launcher gives a command: a heap with a ceiling, and for the server a start-up cache of
 * parsed and verified classes (a dynamic CDS archive) that the first run records and the later runs start from.
 *
 * <p>The heap: one GiB, or half the memory the JVM sees (a container's limit included) when that is less, but
 * at least 256 MiB. The pipeline's live data is a few hundred MB (mostly the language models); more heap only
 * lets garbage pile up between collections and the process grow past what it needs. Stateless.
 */
final class JvmSizing {

    static final long MIB = 1024 * 1024;
    static final long MAX_HEAP = 1024 * MIB;
    static final long MIN_HEAP = 256 * MIB;

    private JvmSizing() {
    }

    /** The heap ceiling for a machine (or container) with {@code memoryBytes} of memory. */
    static long heapBytes(long memoryBytes) {
        return Math.max(MIN_HEAP, Math.min(MAX_HEAP, memoryBytes / 2));
    }

    /**
     * @param command {@code serve} or {@code batch}
     * @param memoryBytes the memory the JVM sees
     * @param cache where start-up caches live, when there is a writable place for them
     * @param cacheKey names the cache after the JVM and the class path, so that a rebuilt jar or another JDK
     *     records a new one instead of using one that does not fit
     */
    static List<String> options(String command, long memoryBytes, Optional<Path> cache, String cacheKey) {
        List<String> options = new ArrayList<>();
        options.add("-Xmx" + heapBytes(memoryBytes) / MIB + "m");
        if (command.equals("serve") && cache.isPresent()) {
            options.addAll(startupCache(cache.get(), cacheKey));
        }
        return options;
    }

    /**
     * A dynamic CDS archive: the classes the server loaded, parsed and verified, written when its JVM exits and
     * mapped by the next start (half the CPU the start needs otherwise). The JVM re-creates it by itself when it no
     * longer fits. Java 25's AOT cache starts faster still, but it is assembled by a second JVM at exit, which a
     * supervisor's stop timeout can cut short; the archive is written in-process and quietly. A batch gains nothing
     * that matters: its start is dwarfed by its run.
     */
    private static List<String> startupCache(Path folder, String key) {
        Path file = folder.resolve("newsdigest-serve-" + key + ".jsa");
        if (!Files.isRegularFile(file)) {
            removeOthers(folder, "newsdigest-serve-*.jsa", file);
        }
        // The dump lists every class it leaves out (proxies, classes linked before the dump); nobody needs that.
        return List.of("-XX:SharedArchiveFile=" + file, "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off");
    }

    /** A cache key: a checksum of the JVM and of every class path entry's path, size and time. */
    static String cacheKey(String javaHome, String javaVersion, String classPath) {
        StringBuilder identity = new StringBuilder(javaHome).append('\n').append(javaVersion);
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            identity.append('\n').append(path);
            try {
                identity.append(' ').append(Files.size(path)).append(' ').append(Files.getLastModifiedTime(path).toMillis());
            } catch (IOException | RuntimeException e) {
                identity.append(" ?");
            }
        }
        // A name, not a security check: a checksum is enough, and cheaper to load than a message digest.
        java.util.zip.CRC32C checksum = new java.util.zip.CRC32C();
        checksum.update(identity.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) checksum.getValue());
    }

    /** The cache folder, created if needed, when it can be written. */
    static Optional<Path> cacheFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.isWritable(folder) ? Optional.of(folder) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Caches of earlier builds or JDKs would only take room: one per kind is kept. */
    private static void removeOthers(Path folder, String glob, Path keep) {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, glob)) {
            for (Path file : old) {
                if (!file.equals(keep)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be cleaned up costs disk space, nothing else.
        }
    }
}
