package io.newsdigest.service.batch;

import java.util.Optional;

/**
 * One article as read from an input, not yet decoded: decoding and checking happen in the workers so that the
 * reader only moves bytes.
 *
 * @param number the record's position in the input, from 1 (for JSONL, the physical line number)
 * @param id the record's id when the input names it (a file's relative path); empty for JSON lines, whose id
 *     is inside the JSON
 * @param format how to read the content
 * @param content the raw bytes; empty when the record is over the size limit
 * @param size the record's size in bytes, also when the content was not kept
 */
public record InputRecord(long number, Optional<String> id, Format format, byte[] content, long size) {

    /** How a record's bytes are read. */
    public enum Format {
        /** A JSON object with the {@code /v1/summarize} fields and an {@code id}. */
        JSON_LINE,
        /** Plain text or Markdown. */
        TEXT,
        /** An HTML page. */
        HTML
    }

    /** @return whether the record was too large to keep */
    public boolean oversized() {
        return content.length < size;
    }
}
