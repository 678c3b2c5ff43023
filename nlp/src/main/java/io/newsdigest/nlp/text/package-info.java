/** Turns pasted text or HTML into clean article text with sentences and per-language analyzers. */
package io.newsdigest.nlp.text;
