package io.newsdigest.nlp.chat;

import java.util.List;
import java.util.Objects;

/**
 * A sentence the chat model wrote, with the article sentences it says it rests on.
 *
 * @param text    the sentence as written (not yet checked)
 * @param sources indexes of the article's sentences, ascending, at least one
 */
public record WrittenSentence(String text, List<Integer> sources) {
    public WrittenSentence {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a written sentence names at least one source sentence");
        }
    }
}
