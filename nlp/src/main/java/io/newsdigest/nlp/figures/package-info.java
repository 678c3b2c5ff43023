/** Reads and types every number of a news text, and normalizes, qualifies, labels, ranks and renders its key figures. */
package io.newsdigest.nlp.figures;
