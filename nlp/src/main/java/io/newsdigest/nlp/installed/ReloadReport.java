package io.newsdigest.nlp.installed;

import java.util.List;

/**
 * What a reload of the models directory did.
 *
 * @param loaded   ids of the models in use after it
 * @param added    ids in use now that were not before
 * @param removed  ids no longer in use (removed, or refused because their files no longer verify)
 * @param problems one message per installed model left out, naming it and why
 */
public record ReloadReport(List<String> loaded, List<String> added, List<String> removed, List<String> problems) {
    public ReloadReport {
        loaded = List.copyOf(loaded);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        problems = List.copyOf(problems);
    }
}
