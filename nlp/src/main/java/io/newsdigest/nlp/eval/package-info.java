/** Evaluation commands that measure the library's components on shared test data and print Markdown tables. */
package io.newsdigest.nlp.eval;
