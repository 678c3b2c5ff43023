/**
 * Knows which real models NewsDigest can install: hub repository, revision, files to fetch, licence, task,
 * languages and size, read from the bundled {@code catalog.json}.
 */
package io.newsdigest.models.catalog;
