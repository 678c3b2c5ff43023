/** Runs Hugging Face encoder-decoder models exported to ONNX: sessions, tokenizers, KV cache, greedy and beam search. */
package io.newsdigest.nlp.onnx;
