/**
 * Keeps the installed models honest: reads and writes their {@code newsdigest.json} manifests, lists, installs,
 * removes and verifies (sha256) model folders in the models directory.
 */
package io.newsdigest.models;
