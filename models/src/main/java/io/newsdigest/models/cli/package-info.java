/**
 * The logic behind {@code newsdigest models list | pull | verify | remove | import}: exit codes and text output,
 * without any argument parsing (the service's command-line wrapper does that).
 */
package io.newsdigest.models.cli;
