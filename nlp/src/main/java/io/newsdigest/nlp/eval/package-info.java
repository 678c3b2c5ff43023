/** Evaluation commands that score each area against the shared third-party data and print Markdown tables. */
package io.newsdigest.nlp.eval;
