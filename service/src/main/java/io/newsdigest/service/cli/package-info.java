/** The command line of the single executable: serve, digest, batch, models and eval. */
package io.newsdigest.service.cli;
