/**
 * Digests whole archives (JSONL files, folder trees, tar.gz and zip archives) in parallel into one JSONL file,
 * resumably after a crash, with progress and a final report; the {@code batch} command is its front end.
 */
package io.newsdigest.service.batch;
