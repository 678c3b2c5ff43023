/** The one-call facade that turns an article into a digest, and the records it speaks in. */
package io.newsdigest.nlp;
