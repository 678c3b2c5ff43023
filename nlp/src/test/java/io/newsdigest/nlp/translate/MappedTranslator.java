package io.newsdigest.nlp.translate;

import java.util.List;
import java.util.function.Function;

/**
 * A de→en translator for tests that maps each sentence with a function: a table of translations that misstate
 * numbers, an upper-casing stand-in, or one that fails.
 */
public record MappedTranslator(String modelId, Function<String, String> sentence) implements Translator {

    @Override
    public String source() {
        return "de";
    }

    @Override
    public String target() {
        return "en";
    }

    @Override
    public List<String> translate(List<String> sentences) {
        return sentences.stream().map(sentence).toList();
    }
}
