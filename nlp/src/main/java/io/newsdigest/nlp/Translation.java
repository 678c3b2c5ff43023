package io.newsdigest.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A translated text and what translated it.
 *
 * @param source        the text's language
 * @param target        the language translated into
 * @param text          the translation, paragraphs kept
 * @param modelId       the model that translated it ({@code opus-mt-de-en}, {@code ollama:llama3.1:8b}), or
 *                      {@code none}
 * @param warnings      what the caller should know (repaired or replaced sentences, a chat model that failed)
 * @param method        {@code onnx} (a local model), {@code llm} (the chat model) or {@code none} (already in the
 *                      target language)
 * @param guardReplaced how many sentences the figure guard replaced by their source sentence
 */
public record Translation(String source, String target, String text, String modelId, List<String> warnings,
                          String method, int guardReplaced) {

    public Translation {
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(method, "method");
    }

    /** A translation by a local model (or none), with nothing replaced. */
    public Translation(String source, String target, String text, String modelId, List<String> warnings) {
        this(source, target, text, modelId, warnings, "none".equals(modelId) ? "none" : "onnx", 0);
    }
}
