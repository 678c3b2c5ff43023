package io.newsdigest.nlp;

import java.util.List;

/** A translated text and the model that translated it. */
public record Translation(String source, String target, String text, String modelId, List<String> warnings) {
}
