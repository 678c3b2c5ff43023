/** Translates sentences with local models and checks that every figure survives the translation. */
package io.newsdigest.nlp.translate;
