package io.newsdigest.service.batch;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the article files of a {@code .zip} archive in the order they are stored; the id is the entry name.
 * Only the central directory (a few dozen bytes per entry) is held in memory; each entry is streamed.
 * Not thread-safe.
 */
final class ZipArchiveReader implements ArticleSource {

    private final ZipFile zip;
    private final Iterator<ZipArchiveEntry> entries;
    private final long expected;
    private final long limit;
    private long number;

    ZipArchiveReader(Path file, long limit) throws IOException {
        this.zip = ZipFile.builder().setPath(file).get();
        List<ZipArchiveEntry> articles = java.util.Collections.list(zip.getEntriesInPhysicalOrder()).stream()
                .filter(e -> !e.isDirectory() && ArticleFiles.format(e.getName()).isPresent()).toList();
        this.entries = articles.iterator();
        this.expected = articles.size();
        this.limit = limit;
    }

    @Override
    public Optional<InputRecord> next() throws IOException {
        if (!entries.hasNext()) {
            return Optional.empty();
        }
        ZipArchiveEntry entry = entries.next();
        try (InputStream in = zip.getInputStream(entry)) {
            return Optional.of(ArticleFiles.read(++number, ArticleFiles.id(entry.getName()),
                    ArticleFiles.format(entry.getName()).orElseThrow(), in, limit));
        }
    }

    @Override
    public OptionalLong expectedRecords() {
        return OptionalLong.of(expected);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
