/**
 * Translates sentences with local models and checks that every figure survives the translation; also writes
 * abstractive summaries with a local model, whose figures are checked the same way.
 */
package io.newsdigest.nlp.translate;
