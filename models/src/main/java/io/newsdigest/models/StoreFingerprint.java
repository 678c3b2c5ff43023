package io.newsdigest.models;

import java.util.List;

/**
 * What the models directory held at one moment, cheaply: every model folder's files with their sizes and
 * modification times (no checksums). Two equal fingerprints mean nothing was added, removed, replaced or touched in
 * between; the service compares them to notice a model copied in, pulled, removed or tampered with while it runs.
 *
 * @param entries one {@code folder/path:size:mtime} line per file, sorted
 */
public record StoreFingerprint(List<String> entries) {
    public StoreFingerprint {
        entries = List.copyOf(entries);
    }
}
