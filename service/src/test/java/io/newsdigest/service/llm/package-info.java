/** The service with a chat model on a loopback server speaking the OpenAI and Ollama protocols. */
package io.newsdigest.service.llm;
