/** Evaluation commands that score the pipeline's steps on third-party data and print Markdown tables. */
package io.newsdigest.nlp.eval;
