package io.newsdigest.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a text into blocks at line breaks that end a sentence whatever the punctuation: blank lines, headlines and
 * list items. A single line break inside a running sentence (a hard-wrapped line that ends in a lower-case word
 * or a comma and continues in lower case) does not end a block. Stateless.
 */
final class TextBlocks {

    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-–—•*·▪►]|\\d{1,3}[.)]|[a-zA-Z][)])\\s+");

    private TextBlocks() {
    }

    /** @return {@code [start, end)} ranges of the blocks in order, covering the text between breaks */
    static List<int[]> of(String text) {
        List<int[]> lines = lines(text);
        List<int[]> blocks = new ArrayList<>();
        int[] open = null;
        int[] previous = null;
        for (int[] line : lines) {
            boolean blank = text.substring(line[0], line[1]).isBlank();
            if (blank) {
                open = close(blocks, open);
                previous = null;
                continue;
            }
            if (open != null && previous != null && continues(text, previous, line)) {
                open[1] = line[1];
            } else {
                close(blocks, open);
                open = new int[] {line[0], line[1]};
            }
            previous = line;
        }
        close(blocks, open);
        return blocks;
    }

    /** @return the length of a list marker ("- ", "1. ", "a) ") at {@code start}, or 0 */
    static int listMarkerLength(String text, int start, int end) {
        var matcher = LIST_MARKER.matcher(text).region(start, end);
        return matcher.lookingAt() ? matcher.end() - start : 0;
    }

    private static int[] close(List<int[]> blocks, int[] open) {
        if (open != null) {
            blocks.add(open);
        }
        return null;
    }

    private static boolean continues(String text, int[] previous, int[] line) {
        int last = lastNonSpace(text, previous[0], previous[1]);
        int first = firstNonSpace(text, line[0], line[1]);
        if (last < 0 || first < 0 || listMarkerLength(text, first, line[1]) > 0) {
            return false;
        }
        char end = text.charAt(last);
        boolean open = Character.isLowerCase(end) || end == ',' || end == '-' || end == '\u00AD';
        return open && Character.isLowerCase(text.charAt(first));
    }

    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                lines.add(new int[] {start, i});
                start = i + 1;
            }
        }
        lines.add(new int[] {start, text.length()});
        return lines;
    }

    static int firstNonSpace(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static int lastNonSpace(String text, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (!isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
