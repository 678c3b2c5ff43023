package io.newsdigest.nlp.chat;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the newsroom's chat model server did the last time it was asked, by a health probe or a real call.
 *
 * @param state     {@link State#UNKNOWN} until the first probe or call
 * @param checkedAt when it was last asked
 * @param problem   why it is down, naming the cause; empty when up or unknown
 */
public record ChatHealth(State state, Optional<Instant> checkedAt, Optional<String> problem) {

    /** Whether the server answered. */
    public enum State { UNKNOWN, UP, DOWN }

    public ChatHealth {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(problem, "problem");
    }

    static ChatHealth unknown() {
        return new ChatHealth(State.UNKNOWN, Optional.empty(), Optional.empty());
    }

    static ChatHealth up(Instant at) {
        return new ChatHealth(State.UP, Optional.of(at), Optional.empty());
    }

    static ChatHealth down(Instant at, String problem) {
        return new ChatHealth(State.DOWN, Optional.of(at), Optional.of(problem));
    }

    /** @return whether the server answered when it was last asked; empty before it was ever asked */
    public Optional<Boolean> reachable() {
        return state == State.UNKNOWN ? Optional.empty() : Optional.of(state == State.UP);
    }
}
