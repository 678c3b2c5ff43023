/**
 * Abstractive summaries and translations written by a chat model on a server the newsroom runs (OpenAI-compatible
 * or Ollama), reached through LangChain4j; every answer is JSON, validated on receipt, and every figure in it is
 * checked against the article.
 */
package io.newsdigest.nlp.chat;
