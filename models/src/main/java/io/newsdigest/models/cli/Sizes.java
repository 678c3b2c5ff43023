package io.newsdigest.models.cli;

import java.util.Locale;

/** Formats byte counts for people: {@code 428 MB}, {@code 1.9 GB}. */
final class Sizes {

    private Sizes() {
    }

    static String human(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes < 1_000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.0f kB", bytes / 1e3);
        }
        if (bytes < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
