/** Evaluation commands that score each component on third-party data and print Markdown tables. */
package io.newsdigest.nlp.eval;
