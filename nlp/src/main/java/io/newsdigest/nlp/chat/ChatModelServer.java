package io.newsdigest.nlp.chat;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.json.JsonSchema;

import java.util.List;

/**
 * A chat model on a server, asked for JSON. Implementations are thread-safe, bound the calls in flight, and report
 * every failure as a {@link ChatCallException} naming its cause; they never log the messages (they carry articles).
 */
public interface ChatModelServer extends AutoCloseable {

    /**
     * Sends the conversation and returns the model's answer as text, which the caller validates.
     *
     * @param schema the JSON schema the answer should match; sent as structured output where configured
     * @throws ChatCallException on a timeout, an unreachable or refusing server, or when no call slot frees in time
     */
    String answer(List<ChatMessage> messages, JsonSchema schema);

    /** @return where the server is and which model it serves */
    ChatSettings settings();

    /** @return what the server did when it was last asked (probe or call) */
    ChatHealth health();

    /** Asks the server now whether it serves the model (a model listing, never a generation) and remembers it. */
    ChatHealth probe();

    /** Releases the HTTP client; harmless when repeated. */
    @Override
    void close();
}
