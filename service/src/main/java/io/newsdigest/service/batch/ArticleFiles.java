package io.newsdigest.service.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** Which file names are articles, and reading one within the size limit. */
final class ArticleFiles {

    private ArticleFiles() {
    }

    /** @return the format of an article file by its extension; empty for files that are not articles */
    static Optional<InputRecord.Format> format(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt") || lower.endsWith(".md")) {
            return Optional.of(InputRecord.Format.TEXT);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return Optional.of(InputRecord.Format.HTML);
        }
        return Optional.empty();
    }

    /**
     * Reads one file's bytes, keeping at most {@code limit}: a larger file is consumed to its end (archives are
     * read in one pass) but only its size is kept, so memory stays flat whatever the file size.
     */
    static InputRecord read(long number, String id, InputRecord.Format format, InputStream in, long limit)
            throws IOException {
        byte[] kept = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (kept.length <= limit) {
            return new InputRecord(number, Optional.of(id), format, kept, kept.length);
        }
        long size = kept.length + in.transferTo(OutputStream.nullOutputStream());
        return new InputRecord(number, Optional.of(id), format, new byte[0], size);
    }

    /** Ids use forward slashes and no leading {@code ./}, whatever wrote the archive. */
    static String id(String name) {
        String id = name.replace('\\', '/');
        while (id.startsWith("./")) {
            id = id.substring(2);
        }
        return id;
    }
}
