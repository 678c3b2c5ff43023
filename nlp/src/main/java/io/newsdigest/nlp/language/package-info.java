/** Tells which language a text is written in, with an honest confidence. */
package io.newsdigest.nlp.language;
