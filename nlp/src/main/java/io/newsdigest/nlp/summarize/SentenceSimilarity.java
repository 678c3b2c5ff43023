package io.newsdigest.nlp.summarize;

/** Pairwise cosine similarity of the candidate sentences of one article, from term or dense vectors. */
interface SentenceSimilarity {

    int size();

    double cosine(int a, int b);
}
