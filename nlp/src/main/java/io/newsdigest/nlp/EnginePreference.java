package io.newsdigest.nlp;

import java.util.Locale;

/** Which engine a request wants for the work a model does (abstractive summaries, translation). */
public enum EnginePreference {
    /**
     * Local models where they can do the whole job (an ONNX summarizer for the article's language and, for another
     * target language, an ONNX translator); the configured chat model where they cannot; extractive and untranslated
     * with a warning when neither can.
     */
    AUTO,
    /** Only local models: the article never leaves the machine. */
    LOCAL,
    /** The configured chat model, even where a local model could serve; 503 when none is configured. */
    LLM;

    /** @return the lower-case name used on the wire */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
