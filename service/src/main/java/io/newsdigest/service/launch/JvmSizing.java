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
 * The JVM options the launcher gives a command: a heap with a ceiling, and for the server a start-up cache of its
 * classes (an AOT cache on Java 25+, a dynamic CDS archive before) that the first run records and the later runs
 * start from.
 *
 * <p>The heap: one GiB, or half the memory the JVM sees (a container's limit included) when that is less, but
 * at least 256 MiB, and that size from the start. The pipeline's live data is a few hundred MB (mostly the
 * language models); more heap only lets garbage pile up between collections and the process grow past what it
 * needs. Stateless.
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
     * The options for one command's JVM.
     *
     * @param command {@code serve} or {@code batch}
     * @param memoryBytes the memory the JVM sees
     * @param javaFeature the Java version (21, 25, …)
     * @param cache where start-up caches live, when there is a writable place for them
     * @param cacheKey names the cache after the JVM and the class path, so that a rebuilt jar or another JDK
     *     records a new one instead of using one that does not fit
     */
    static List<String> options(String command, long memoryBytes, int javaFeature, Optional<Path> cache,
                                String cacheKey) {
        List<String> options = new ArrayList<>();
        long heap = heapBytes(memoryBytes) / MIB;
        // The whole heap from the start: in a heap that starts small and grows only slowly, the few hundred MB of
        // language models stay above G1's marking threshold, and it marks the old generation again and again
        // (13 concurrent cycles in 25 s of a batch run, a sixth of a core, against one with the heap fixed).
        options.add("-Xms" + heap + "m");
        options.add("-Xmx" + heap + "m");
        if (command.equals("serve") && cache.isPresent()) {
            options.addAll(javaFeature >= 25 ? aotCache(cache.get(), cacheKey) : classArchive(cache.get(), cacheKey));
        }
        return options;
    }

    /**
     * Java 25+: an AOT cache, the server's classes loaded and linked and the methods' profiles, recorded during
     * one run and assembled when that JVM exits (by a second JVM it starts; a few seconds, once). It is used only
     * when complete: the JVM removes its temporary {@code .aot.config} only after the cache is written, so a
     * leftover one means the assembly was cut short (a supervisor's stop timeout) and the cache is recorded again.
     * The JVM's own notes about classes it leaves out are silenced; a cache it cannot map is quietly not used.
     */
    private static List<String> aotCache(Path folder, String key) {
        Path file = folder.resolve("newsdigest-serve-" + key + ".aot");
        Path unfinished = folder.resolve(file.getFileName() + ".config");
        List<String> quiet = List.of("-Xlog:aot*=off", "-Xlog:cds*=off");
        if (size(file) > 0 && !Files.exists(unfinished)) {
            return concat(List.of("-XX:AOTCache=" + file), quiet);
        }
        removeOthers(folder, "newsdigest-serve-*", Optional.empty());
        return concat(List.of("-XX:AOTCacheOutput=" + file), quiet);
    }

    /**
     * Java 21–24: a dynamic CDS archive, the classes the server loaded, parsed and verified, written in-process
     * when its JVM exits and mapped by the next start. The JVM re-creates it by itself when it no longer fits.
     * A batch gains nothing that matters from either cache: its start is dwarfed by its run.
     */
    private static List<String> classArchive(Path folder, String key) {
        Path file = folder.resolve("newsdigest-serve-" + key + ".jsa");
        if (!Files.isRegularFile(file)) {
            removeOthers(folder, "newsdigest-serve-*", Optional.of(file));
        }
        // The dump lists every class it leaves out (proxies, classes linked before the dump); nobody needs that.
        return List.of("-XX:SharedArchiveFile=" + file, "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
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

    /** Caches of earlier builds or JDKs (or one cut short) would only take room: at most one is kept. */
    private static void removeOthers(Path folder, String glob, Optional<Path> keep) {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, glob)) {
            for (Path file : old) {
                if (keep.filter(file::equals).isEmpty()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be cleaned up costs disk space, nothing else.
        }
    }
}
