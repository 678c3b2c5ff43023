package io.newsdigest.nlp;

import io.newsdigest.nlp.summarize.SummarySentence;

import java.util.List;

/**
 * The summary part of a digest.
 *
 * @param language language the sentences are written in
 * @param sentences the sentences in source order
 * @param sourceTexts the source sentence behind each sentence (same order); equal to the sentence when not translated
 * @param method {@code extractive} or {@code abstractive}
 * @param translated whether the sentences were translated
 */
public record DigestSummary(String language, List<SummarySentence> sentences, List<String> sourceTexts,
                            String method, boolean translated) {

    public DigestSummary {
        sentences = List.copyOf(sentences);
        sourceTexts = List.copyOf(sourceTexts);
    }

    /** @return the sentences joined by single spaces */
    public String text() {
        StringBuilder joined = new StringBuilder();
        for (SummarySentence sentence : sentences) {
            if (!joined.isEmpty()) {
                joined.append(' ');
            }
            joined.append(sentence.text());
        }
        return joined.toString();
    }
}
