package io.newsdigest.nlp.text;

/**
 * Maps offsets in a cleaned text back to the text that was cleaned, so that a sentence or figure found in the
 * cleaned text can be shown in the user's original input. Immutable and thread-safe.
 *
 * <p>Characters the cleaner inserted (paragraph breaks, the space joining a hard-wrapped line) map to the position
 * just after the input character before them. It does not map into the HTML source of a page: for HTML the
 * "input" is the main text extracted from it.
 */
public final class OffsetMap {

    private final int[] starts;
    private final int[] ends;
    private final int inputLength;

    OffsetMap(int[] starts, int[] ends, int inputLength) {
        this.starts = starts;
        this.ends = ends;
        this.inputLength = inputLength;
    }

    /** @return the input offset where the cleaned character at {@code offset} came from; clamps out-of-range offsets */
    public int originalStart(int offset) {
        if (starts.length == 0) {
            return 0;
        }
        return offset >= starts.length ? inputLength : starts[Math.max(0, offset)];
    }

    /** @return the input offset after the cleaned span ending (exclusively) at {@code end}; clamps out-of-range offsets */
    public int originalEnd(int end) {
        if (ends.length == 0 || end <= 0) {
            return ends.length == 0 ? 0 : starts[0];
        }
        return ends[Math.min(end, ends.length) - 1];
    }
}
