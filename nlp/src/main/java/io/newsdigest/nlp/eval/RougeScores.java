package io.newsdigest.nlp.eval;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L of one candidate against one reference.
 *
 * @param rouge1 unigram overlap
 * @param rouge2 bigram overlap
 * @param rougeL longest common subsequence of the whole token sequences
 */
public record RougeScores(RougeScore rouge1, RougeScore rouge2, RougeScore rougeL) {
}
