package io.newsdigest.nlp.summarize;

import java.util.List;

/**
 * The content terms of a sentence (normalized and stemmed, stop words removed) that similarity is computed on.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface SentenceTerms {

    /**
     * @param sentence one sentence
     * @param language ISO 639-1 code ({@code de}, {@code en}, or anything else for plain tokenization)
     * @return the terms in order of appearance, possibly empty
     */
    List<String> terms(String sentence, String language);

    /** Lucene's German and English analyzers (light German stemming, Porter for English). */
    static SentenceTerms lucene() {
        return new LuceneTerms();
    }
}
