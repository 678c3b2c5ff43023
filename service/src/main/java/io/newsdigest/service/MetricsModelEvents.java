package io.newsdigest.service;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Tag;
import io.newsdigest.nlp.ModelEvents;

import java.util.List;

/**
 * Counts the pipeline's model events in the global meter registry, which {@code /observe/metrics} serves:
 * {@code newsdigest_chat_calls_total{operation, outcome}}, {@code newsdigest_guard_replaced_sentences_total{where}},
 * {@code newsdigest_guard_repaired_figures_total{where}} and {@code newsdigest_model_reloads_total{outcome}}.
 * Thread-safe.
 */
public final class MetricsModelEvents implements ModelEvents {

    @Override
    public void chatCall(String operation, String outcome) {
        counter("newsdigest.chat.calls", "Calls to the chat model, by operation and outcome",
                Tag.create("operation", operation), Tag.create("outcome", outcome)).increment();
    }

    @Override
    public void sentencesReplaced(String where, int count) {
        counter("newsdigest.guard.replaced.sentences", "Sentences the figure guard replaced by their source sentence",
                Tag.create("where", where)).increment(count);
    }

    @Override
    public void figuresRepaired(String where, int count) {
        counter("newsdigest.guard.repaired.figures", "Misstated figures the figure guard re-rendered from the source",
                Tag.create("where", where)).increment(count);
    }

    /** Counts a reload of the models directory: {@code changed}, {@code unchanged} or {@code failed}. */
    public void reload(String outcome) {
        counter("newsdigest.model.reloads", "Reloads of the models directory, by outcome",
                Tag.create("outcome", outcome)).increment();
    }

    private static Counter counter(String name, String description, Tag... tags) {
        return Metrics.globalRegistry().getOrCreate(Counter.builder(name).description(description).tags(List.of(tags)));
    }
}
