package io.newsdigest.nlp;

import io.newsdigest.nlp.summarize.SummarySentence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The summary part of a digest.
 *
 * @param language language the sentences are written in
 * @param sentences the sentences in source order (extractive) or in the order written (abstractive)
 * @param sourceTexts the source sentence behind each sentence (same order); equal to the sentence when not translated
 * @param method {@code extractive} or {@code abstractive}
 * @param translated whether the sentences are in another language than the article (translated, or written so)
 * @param engine what chose or wrote the sentences: {@code extractive}, {@code onnx} (a local model) or {@code llm}
 *               (the configured chat model)
 * @param translatedBy what translated them afterwards, when something did: {@code onnx} or {@code llm}
 * @param guardReplaced how many sentences the figure guard replaced by their source sentence
 */
public record DigestSummary(String language, List<SummarySentence> sentences, List<String> sourceTexts,
                            String method, boolean translated, String engine, Optional<String> translatedBy,
                            int guardReplaced) {

    public DigestSummary {
        sentences = List.copyOf(sentences);
        sourceTexts = List.copyOf(sourceTexts);
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(translatedBy, "translatedBy");
    }

    /** A summary made locally: an abstractive one by an ONNX model, translated by one when {@code translated}. */
    public DigestSummary(String language, List<SummarySentence> sentences, List<String> sourceTexts, String method,
                         boolean translated) {
        this(language, sentences, sourceTexts, method, translated, "abstractive".equals(method) ? "onnx" : "extractive",
                translated ? Optional.of("onnx") : Optional.empty(), 0);
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
