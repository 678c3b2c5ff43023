/** Chooses or writes the sentences that summarize an article. */
package io.newsdigest.nlp.summarize;
