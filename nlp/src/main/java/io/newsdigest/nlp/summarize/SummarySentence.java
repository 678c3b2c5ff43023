package io.newsdigest.nlp.summarize;

/**
 * One sentence of a summary.
 *
 * @param text the sentence in the summary's language
 * @param sourceIndex index of the source sentence it comes from (for abstractive output, the closest one)
 * @param start span of the source sentence in the analyzed text
 * @param end end of that span (exclusive)
 * @param verified false when a figure in a translated or generated sentence does not match the source
 */
public record SummarySentence(String text, int sourceIndex, int start, int end, boolean verified) {
}
