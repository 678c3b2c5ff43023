package io.newsdigest.service.batch;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the article files of a {@code .tar}, {@code .tar.gz} or {@code .tgz} archive in one streaming pass, in
 * archive order; the id is the entry name. The number of records is not known in advance (that would need a
 * second pass through the whole archive), so progress shows no ETA. Not thread-safe.
 */
final class TarArchiveReader implements ArticleSource {

    private final TarArchiveInputStream tar;
    private final long limit;
    private long number;

    TarArchiveReader(Path file, boolean gzipped, long limit) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            this.tar = new TarArchiveInputStream(gzipped ? new GzipCompressorInputStream(raw, true) : raw);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
        this.limit = limit;
    }

    @Override
    public Optional<InputRecord> next() throws IOException {
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            Optional<InputRecord.Format> format = ArticleFiles.format(entry.getName());
            if (entry.isFile() && format.isPresent()) {
                return Optional.of(ArticleFiles.read(++number, ArticleFiles.id(entry.getName()), format.get(), tar,
                        limit));
            }
        }
        return Optional.empty();
    }

    @Override
    public OptionalLong expectedRecords() {
        return OptionalLong.empty();
    }

    @Override
    public void close() throws IOException {
        tar.close();
    }
}
