/**
 * Downloads catalog models from a Hugging Face compatible hub into the models directory: resumable, with progress,
 * checksums recorded at download time and an atomic install.
 */
package io.newsdigest.models.pull;
