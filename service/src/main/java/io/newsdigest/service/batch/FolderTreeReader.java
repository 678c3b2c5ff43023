package io.newsdigest.service.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the {@code .txt}, {@code .md} and {@code .html} files of a folder tree, depth first in name order (so the
 * order is the same on every run and every machine); the id is the path relative to the folder, with {@code /}.
 * Other files are ignored. Holds one directory listing per level, never the whole tree. Not thread-safe.
 */
final class FolderTreeReader implements ArticleSource {

    private final Path root;
    private final long limit;
    private final OptionalLong expected;
    private final Deque<Iterator<Path>> levels = new ArrayDeque<>();
    private long number;

    FolderTreeReader(Path root, long limit) throws IOException {
        this.root = root;
        this.limit = limit;
        this.expected = OptionalLong.of(count(root));
        levels.push(sortedEntries(root).iterator());
    }

    @Override
    public Optional<InputRecord> next() throws IOException {
        while (!levels.isEmpty()) {
            Iterator<Path> level = levels.peek();
            if (!level.hasNext()) {
                levels.pop();
                continue;
            }
            Path path = level.next();
            if (Files.isDirectory(path)) {
                levels.push(sortedEntries(path).iterator());
                continue;
            }
            Optional<InputRecord.Format> format = ArticleFiles.format(path.getFileName().toString());
            if (format.isPresent() && Files.isRegularFile(path)) {
                try (InputStream in = Files.newInputStream(path)) {
                    return Optional.of(ArticleFiles.read(++number, id(path), format.get(), in, limit));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public OptionalLong expectedRecords() {
        return expected;
    }

    @Override
    public void close() {
        levels.clear();
    }

    private String id(Path path) {
        return ArticleFiles.id(root.relativize(path).toString());
    }

    private static List<Path> sortedEntries(Path directory) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(entries::add);
        }
        entries.sort(null);
        return entries;
    }

    private static long count(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            return paths.filter(p -> ArticleFiles.format(p.getFileName().toString()).isPresent())
                    .filter(Files::isRegularFile).count();
        }
    }
}
