package io.newsdigest.nlp.translate;

import java.util.List;

/**
 * Translates sentences from one language into another. Thread-safe; the owner closes it.
 */
public interface Translator extends AutoCloseable {

    /** @return id of the model behind this translator */
    String modelId();

    /** @return ISO 639-1 code of the source language */
    String source();

    /** @return ISO 639-1 code of the target language */
    String target();

    /**
     * @param sentences the sentences to translate, each translated on its own
     * @return one translation per sentence, in the same order
     */
    List<String> translate(List<String> sentences);

    @Override
    default void close() {
    }
}
