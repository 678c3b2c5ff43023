package io.newsdigest.nlp.translate;

import java.util.List;
import java.util.Optional;

/** Finds an installed translator for a language pair. Thread-safe. */
public interface TranslatorProvider {

    /** @return a translator from {@code source} into {@code target}, when one is installed */
    Optional<Translator> find(String source, String target);

    /** @return the catalog id of a model that would translate the pair, for messages ("opus-mt-de-en") */
    String suggestModel(String source, String target);

    /** A provider with no models installed. */
    static TranslatorProvider none() {
        return new TranslatorProvider() {
            @Override
            public Optional<Translator> find(String source, String target) {
                return Optional.empty();
            }

            @Override
            public String suggestModel(String source, String target) {
                return "opus-mt-" + source + "-" + target;
            }

            @Override
            public String toString() {
                return "no translators";
            }
        };
    }

    /** @return ids of the installed translation models */
    default List<String> installed() {
        return List.of();
    }
}
