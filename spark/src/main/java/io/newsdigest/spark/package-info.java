/**
 * Runs the NewsDigest pipeline over JSONL or Parquet archives on Spark, writing the same JSON objects as the
 * {@code batch} command and {@code /v1/batch}, with one pipeline per executor JVM.
 */
package io.newsdigest.spark;
