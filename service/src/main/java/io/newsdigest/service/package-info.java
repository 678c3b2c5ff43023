/** Starts the NewsDigest application: configuration, the NLP pipeline's lifecycle, and the web server. */
package io.newsdigest.service;
