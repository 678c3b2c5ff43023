package io.newsdigest.nlp;

/**
 * What the pipeline reports about its models as it works, for metrics. Implementations are thread-safe and quick
 * (they are called on request threads); every method does nothing by default.
 */
public interface ModelEvents {

    /** Reports nothing. */
    ModelEvents NONE = new ModelEvents() {
    };

    /**
     * A call to the chat model ended.
     *
     * @param operation {@code summarize} or {@code translate}
     * @param outcome   {@code ok}, or the failure's kind ({@code timeout}, {@code rate_limited}, ...)
     */
    default void chatCall(String operation, String outcome) {
    }

    /**
     * The figure guard replaced written or translated sentences by their source sentences.
     *
     * @param where {@code summary} or {@code translation}
     */
    default void sentencesReplaced(String where, int count) {
    }

    /** The figure guard re-rendered misstated figures of a local model's output. */
    default void figuresRepaired(String where, int count) {
    }
}
