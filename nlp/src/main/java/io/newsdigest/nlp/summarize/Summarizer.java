package io.newsdigest.nlp.summarize;

/**
 * Summarizes an article. Implementations are thread-safe and never throw on any well-formed input;
 * an article of one sentence is its own summary.
 */
public interface Summarizer {

    SummaryResult summarize(SummaryInput input, SummaryOptions options);
}
