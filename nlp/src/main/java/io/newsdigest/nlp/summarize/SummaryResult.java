package io.newsdigest.nlp.summarize;

import java.util.List;

/**
 * The summary sentences in source order and how they were made.
 *
 * @param sentences the chosen or written sentences
 * @param method {@code extractive} or {@code abstractive}
 * @param modelId id of the model that wrote them, or empty for extractive summaries
 */
public record SummaryResult(List<SummarySentence> sentences, String method, String modelId) {
    public SummaryResult {
        sentences = List.copyOf(sentences);
    }
}
