/**
 * Benchmark tools run by hand against the built jar (load generator, batch input): the commands and results are in
 * {@code docs/benchmarks.md}. They read the articles at run time from a folder given on the command line.
 */
package io.newsdigest.service.bench;
