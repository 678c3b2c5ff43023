package io.newsdigest.service.batch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a JSONL file one line at a time as raw bytes. A line longer than the limit is skipped over without being
 * kept, so one huge line cannot exhaust memory; blank lines are not records. Not thread-safe.
 */
final class JsonLinesReader implements ArticleSource {

    private final InputStream in;
    private final long limit;
    private final OptionalLong expected;
    private long lineNumber;

    JsonLinesReader(Path file, long limit) throws IOException {
        this.expected = OptionalLong.of(countLines(file));
        this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        this.limit = limit;
    }

    @Override
    public Optional<InputRecord> next() throws IOException {
        while (true) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long size = 0;
            int b = in.read();
            if (b < 0) {
                return Optional.empty();
            }
            lineNumber++;
            boolean blank = true;
            for (; b >= 0 && b != '\n'; b = in.read()) {
                size++;
                blank &= b == ' ' || b == '\t' || b == '\r';
                if (size <= limit) {
                    line.write(b);
                }
            }
            if (blank) {
                continue;
            }
            byte[] content = size <= limit ? stripCarriageReturn(line.toByteArray()) : new byte[0];
            return Optional.of(new InputRecord(lineNumber, Optional.empty(), InputRecord.Format.JSON_LINE, content,
                    size <= limit ? content.length : size));
        }
    }

    @Override
    public OptionalLong expectedRecords() {
        return expected;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static byte[] stripCarriageReturn(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\r' ? java.util.Arrays.copyOf(line, line.length - 1) : line;
    }

    /** A fast first pass for the progress bar: counts lines that hold anything but whitespace. */
    private static long countLines(Path file) throws IOException {
        long count = 0;
        boolean content = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        count += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
        }
        return count + (content ? 1 : 0);
    }
}
