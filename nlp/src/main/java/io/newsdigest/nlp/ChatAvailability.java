package io.newsdigest.nlp;

import io.newsdigest.nlp.chat.ChatCallException;
import io.newsdigest.nlp.chat.ChatModelServer;

import java.util.Optional;

/**
 * The chat model as one request may use it: configured, allowed by the request's engine preference, and not yet
 * failed in this request (a server that just timed out is not asked again for the next step). Not thread-safe:
 * one per request.
 */
final class ChatAvailability {

    private final Optional<ChatModelServer> server;
    private final EnginePreference preference;
    private final ModelEvents events;
    private boolean failed;

    ChatAvailability(Optional<ChatModelServer> server, EnginePreference preference, ModelEvents events) {
        this.server = server;
        this.preference = preference;
        this.events = events;
    }

    /** @return the server, when the request may still use it */
    Optional<ChatModelServer> usable() {
        return failed || preference == EnginePreference.LOCAL ? Optional.empty() : server;
    }

    /** @return whether the request insists on the chat model where a local one could serve */
    boolean preferred() {
        return preference == EnginePreference.LLM;
    }

    void succeeded(String operation) {
        events.chatCall(operation, "ok");
    }

    /** Records the failure and returns the sentence for the warning. */
    String failed(String operation, ChatCallException e) {
        failed = true;
        events.chatCall(operation, e.failure().kind().label());
        return e.failure().message();
    }
}
