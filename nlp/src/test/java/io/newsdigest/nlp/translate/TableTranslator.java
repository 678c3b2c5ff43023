package io.newsdigest.nlp.translate;

import java.util.List;
import java.util.Map;

/** A de→en translator that looks sentences up in a fixed table; tests fill it with translations that misstate numbers. */
record TableTranslator(Map<String, String> table) implements Translator {

    @Override
    public String modelId() {
        return "corrupting";
    }

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
        return sentences.stream().map(table::get).toList();
    }
}
