/** Finds, normalizes, qualifies, labels, ranks and renders the figures of a news text. */
package io.newsdigest.nlp.figures;
