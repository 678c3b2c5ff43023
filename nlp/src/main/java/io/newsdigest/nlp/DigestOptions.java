package io.newsdigest.nlp;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the caller wants of a digest.
 *
 * @param targetLanguage language of the summary and figure renderings; the article's own when empty
 * @param maxSentences at most this many summary sentences (1..50)
 * @param maxCharacters optional character budget for the summary
 * @param maxFigures at most this many key figures (0..100)
 * @param mode extractive, abstractive or auto
 * @param includeText whether the digest carries the cleaned text its offsets refer to
 * @param engine local models, the chat model, or the automatic choice between them
 */
public record DigestOptions(Optional<String> targetLanguage, int maxSentences, OptionalInt maxCharacters,
                            int maxFigures, SummaryMode mode, boolean includeText, EnginePreference engine) {

    public DigestOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(engine, "engine");
        if (maxSentences < 1 || maxSentences > 50) {
            throw new IllegalArgumentException("maxSentences must be between 1 and 50: " + maxSentences);
        }
        if (maxFigures < 0 || maxFigures > 100) {
            throw new IllegalArgumentException("maxFigures must be between 0 and 100: " + maxFigures);
        }
        if (maxCharacters.isPresent() && maxCharacters.getAsInt() < 1) {
            throw new IllegalArgumentException("maxCharacters must be positive: " + maxCharacters.getAsInt());
        }
    }

    /** Options with the automatic engine choice. */
    public DigestOptions(Optional<String> targetLanguage, int maxSentences, OptionalInt maxCharacters, int maxFigures,
                         SummaryMode mode, boolean includeText) {
        this(targetLanguage, maxSentences, maxCharacters, maxFigures, mode, includeText, EnginePreference.AUTO);
    }

    /** Three sentences, eight figures, the article's language, mode auto, engine auto. */
    public static DigestOptions defaults() {
        return new DigestOptions(Optional.empty(), 3, OptionalInt.empty(), 8, SummaryMode.AUTO, false);
    }

    /** @return the same options with another engine preference */
    public DigestOptions withEngine(EnginePreference value) {
        return new DigestOptions(targetLanguage, maxSentences, maxCharacters, maxFigures, mode, includeText, value);
    }
}
