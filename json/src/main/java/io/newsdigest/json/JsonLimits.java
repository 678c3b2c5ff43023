package io.newsdigest.json;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * How much JSON one request (or one batch line) may be: its nesting depth and its size. Anything beyond is a
 * client error (400 too deep, 413 too large), never a failure of the server. Numbers longer than 1,000 digits and
 * field names longer than 50,000 characters are refused too (Jackson's own limits; the API reads neither).
 *
 * @param maxDepth most levels of nested objects and arrays, counting the request object itself
 * @param maxDocumentBytes the largest document, in bytes (or characters, for text already decoded); {@code 0}
 *     means no limit of its own (the reader bounds it)
 */
public record JsonLimits(int maxDepth, long maxDocumentBytes) {

    /** The default nesting depth: the API needs three levels; extra fields may bring some of their own. */
    public static final int DEFAULT_MAX_DEPTH = 100;

    public JsonLimits {
        if (maxDepth < 2) {
            throw new IllegalArgumentException("maxDepth must be at least 2 (an object with a list): " + maxDepth);
        }
        if (maxDocumentBytes < 0) {
            throw new IllegalArgumentException("maxDocumentBytes must not be negative: " + maxDocumentBytes);
        }
    }

    /** The default depth, and no size limit beyond what the reader of the input enforces. */
    public static JsonLimits defaults() {
        return new JsonLimits(DEFAULT_MAX_DEPTH, 0);
    }

    StreamReadConstraints constraints() {
        StreamReadConstraints.Builder constraints = StreamReadConstraints.builder().maxNestingDepth(maxDepth);
        if (maxDocumentBytes > 0) {
            constraints.maxDocumentLength(maxDocumentBytes)
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes));
        }
        return constraints.build();
    }
}
