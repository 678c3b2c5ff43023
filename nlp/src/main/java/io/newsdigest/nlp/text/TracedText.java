package io.newsdigest.nlp.text;

import com.ibm.icu.text.Normalizer2;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Text being cleaned, with the span of the input each of its characters came from, so that cleaned offsets can
 * be mapped back to the input. Mutable; confined to one cleaning call.
 */
final class TracedText {

    private final StringBuilder text = new StringBuilder();
    private int[] starts = new int[16];
    private int[] ends = new int[16];

    /**
     * Unicode NFC, CR/LF and Unicode line separators to {@code \n}, soft hyphens and zero-width characters
     * removed, runs of tabs and (non-breaking, narrow, wide) spaces to one space.
     */
    static TracedText normalize(String raw) {
        TracedText out = new TracedText();
        boolean inSpace = false;
        TracedText composed = compose(raw);
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.text.charAt(i);
            int start = composed.starts[i];
            int end = composed.ends[i];
            if (c == '\r' && i + 1 < composed.length() && composed.text.charAt(i + 1) == '\n') {
                continue; // the '\n' that follows stands for both
            }
            if (c == '\n' && i > 0 && composed.text.charAt(i - 1) == '\r') {
                start = composed.starts[i - 1];
            }
            if (isInvisible(c)) {
                continue;
            }
            boolean space = isWideSpace(c);
            if (!(space && inSpace)) {
                out.append(space ? ' ' : isLineBreak(c) ? '\n' : c, start, end);
            }
            inSpace = space;
        }
        return out;
    }

    /** NFC, composed chunk by chunk so that every output character knows the input chunk it came from. */
    private static TracedText compose(String raw) {
        TracedText out = new TracedText();
        if (Normalizer.isNormalized(raw, Normalizer.Form.NFC)) {
            for (int i = 0; i < raw.length(); i++) {
                out.append(raw.charAt(i), i, i + 1);
            }
            return out;
        }
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        int chunk = 0;
        for (int i = 0; i <= raw.length(); ) {
            int cp = i < raw.length() ? raw.codePointAt(i) : -1;
            if (i > chunk && (cp < 0 || nfc.hasBoundaryBefore(cp))) {
                String composed = nfc.normalize(raw.substring(chunk, i));
                for (int k = 0; k < composed.length(); k++) {
                    out.append(composed.charAt(k), chunk, i);
                }
                chunk = i;
            }
            i += cp < 0 ? 1 : Character.charCount(cp);
        }
        return out;
    }

    int length() {
        return text.length();
    }

    TracedText slice(int from, int to) {
        TracedText out = new TracedText();
        for (int i = from; i < to; i++) {
            out.append(text.charAt(i), starts[i], ends[i]);
        }
        return out;
    }

    void append(TracedText other) {
        for (int i = 0; i < other.length(); i++) {
            append(other.text.charAt(i), other.starts[i], other.ends[i]);
        }
    }

    /** Appends characters that have no input of their own; they point just after the previous character. */
    void appendSeparator(String separator) {
        int at = text.isEmpty() ? 0 : ends[text.length() - 1];
        for (int i = 0; i < separator.length(); i++) {
            append(separator.charAt(i), at, at);
        }
    }

    OffsetMap offsets(int inputLength) {
        return new OffsetMap(Arrays.copyOf(starts, text.length()), Arrays.copyOf(ends, text.length()), inputLength);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private void append(char c, int start, int end) {
        if (text.length() == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        starts[text.length()] = start;
        ends[text.length()] = end;
        text.append(c);
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isWideSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200A');
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }
}
