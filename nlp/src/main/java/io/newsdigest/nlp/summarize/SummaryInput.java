package io.newsdigest.nlp.summarize;

import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.text.Sentence;

import java.util.List;
import java.util.Optional;

/**
 * What a summarizer reads: the cleaned text, its sentences, language, headline and figures.
 */
public record SummaryInput(String text, List<Sentence> sentences, String language, Optional<String> title,
                           List<KeyFigure> figures) {
    public SummaryInput {
        sentences = List.copyOf(sentences);
        figures = List.copyOf(figures);
    }
}
