package io.newsdigest.nlp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds short quotations in a block („…“, “…”, "…", »…«, «…») so that a period inside a quoted phrase does not
 * end the sentence that reports it. A quotation longer than {@link #MAX_LENGTH} characters is treated as running
 * text because long quotes usually hold sentences of their own. Stateless.
 */
final class QuoteRegions {

    static final int MAX_LENGTH = 240;

    private final List<int[]> regions;

    private QuoteRegions(List<int[]> regions) {
        this.regions = regions;
    }

    static QuoteRegions find(String text, int start, int end) {
        List<int[]> regions = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int close = isOpener(text, i, start) ? closerOf(text, i, c, end) : -1;
            if (close > i) {
                regions.add(new int[] {i, close});
                i = close + 1;
            } else {
                i++;
            }
        }
        return new QuoteRegions(regions);
    }

    /** @return whether a sentence boundary at {@code offset} would cut a quotation before its closing mark */
    boolean cuts(int offset) {
        for (int[] region : regions) {
            if (offset > region[0] && offset <= region[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpener(String text, int i, int blockStart) {
        char c = text.charAt(i);
        boolean afterSpace = i == blockStart || TextBlocks.isSpace(text.charAt(i - 1))
                || text.charAt(i - 1) == '(';
        return switch (c) {
            case '„', '«' -> true;
            case '“', '"' -> afterSpace;
            case '»' -> afterSpace && i + 1 < text.length() && !TextBlocks.isSpace(text.charAt(i + 1));
            default -> false;
        };
    }

    private static int closerOf(String text, int open, char opener, int end) {
        int limit = Math.min(end, open + MAX_LENGTH);
        for (int j = open + 1; j < limit; j++) {
            char c = text.charAt(j);
            boolean closes = switch (opener) {
                case '„' -> c == '“' || c == '”';
                case '“' -> c == '”';
                case '"' -> c == '"';
                case '«' -> c == '»';
                case '»' -> c == '«';
                default -> false;
            };
            if (closes) {
                return j;
            }
        }
        return -1;
    }
}
