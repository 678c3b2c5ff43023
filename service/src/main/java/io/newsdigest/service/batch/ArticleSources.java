package io.newsdigest.service.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Opens the reader that fits an input path: a folder, a JSONL file, a tar (optionally gzipped) or a zip. */
public final class ArticleSources {

    private ArticleSources() {
    }

    /**
     * Opens an input.
     *
     * @param path a folder, {@code .jsonl}/{@code .ndjson}/{@code .json}, {@code .tar}, {@code .tar.gz},
     *     {@code .tgz} or {@code .zip}
     * @param maxRecordBytes records larger than this are reported as too large, never kept in memory
     * @throws BatchStartException when the path does not exist or its kind is not known
     */
    public static ArticleSource open(Path path, long maxRecordBytes) throws IOException {
        if (Files.isDirectory(path)) {
            return new FolderTreeReader(path, maxRecordBytes);
        }
        if (!Files.isRegularFile(path)) {
            throw new BatchStartException("--in: " + path + " does not exist or is not a file or folder");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return new JsonLinesReader(path, maxRecordBytes);
        }
        if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            return new TarArchiveReader(path, true, maxRecordBytes);
        }
        if (name.endsWith(".tar")) {
            return new TarArchiveReader(path, false, maxRecordBytes);
        }
        if (name.endsWith(".zip")) {
            return new ZipArchiveReader(path, maxRecordBytes);
        }
        throw new BatchStartException("--in: " + path + " is not a folder, .jsonl, .tar, .tar.gz, .tgz or .zip");
    }
}
