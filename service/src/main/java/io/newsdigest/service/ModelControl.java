package io.newsdigest.service;

import io.helidon.http.Status;
import io.newsdigest.nlp.StandardPipeline;
import io.newsdigest.nlp.chat.ChatModelServer;
import io.newsdigest.nlp.installed.LiveModels;
import io.newsdigest.nlp.installed.ReloadReport;
import io.newsdigest.service.http.ApiException;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The handle on the pipeline's models for the routes that manage them ({@code GET /v1/models},
 * {@code POST /v1/models/reload}), set once the pipeline has loaded. Thread-safe; owns nothing.
 */
public final class ModelControl {

    private static final System.Logger LOG = System.getLogger(ModelControl.class.getName());

    private final AtomicReference<StandardPipeline> pipeline = new AtomicReference<>();
    private final MetricsModelEvents events;

    public ModelControl(MetricsModelEvents events) {
        this.events = events;
    }

    /** A control whose pipeline never loads: listing without models in use, reload answers 503. */
    public static ModelControl none() {
        return new ModelControl(new MetricsModelEvents());
    }

    void loaded(StandardPipeline loaded) {
        pipeline.set(loaded);
    }

    /** @return the ids of the models the pipeline uses now; empty while it loads */
    public List<String> loadedIds() {
        return installed().map(LiveModels::modelIds).orElse(List.of());
    }

    /** @return the chat model, once the pipeline has loaded and when one is configured */
    public Optional<ChatModelServer> chat() {
        return Optional.ofNullable(pipeline.get()).flatMap(StandardPipeline::chatModel);
    }

    /**
     * Reloads the models directory now.
     *
     * @throws ApiException 503 while the pipeline is still loading
     */
    public ReloadReport reload() {
        LiveModels live = installed().orElseThrow(() -> new ApiException(Status.SERVICE_UNAVAILABLE_503,
                "The service is starting and still loading its models; retry in a few seconds."));
        return report(live.reload());
    }

    /** Reloads when the directory changed and has settled; called by the watcher. */
    Optional<ReloadReport> reloadIfChanged() {
        return installed().flatMap(LiveModels::reloadIfChanged).map(this::report);
    }

    private ReloadReport report(ReloadReport report) {
        boolean changed = !report.added().isEmpty() || !report.removed().isEmpty();
        events.reload(changed ? "changed" : "unchanged");
        if (changed) {
            LOG.log(System.Logger.Level.INFO, "Models reloaded: in use " + report.loaded() + ", added "
                    + report.added() + ", removed " + report.removed());
        }
        report.problems().forEach(problem -> LOG.log(System.Logger.Level.WARNING, problem));
        return report;
    }

    /** Counts a reload that failed outright (an unreadable directory). */
    void failed(RuntimeException e) {
        events.reload("failed");
        LOG.log(System.Logger.Level.WARNING, "Reloading the models directory failed: " + e.getMessage());
    }

    private Optional<LiveModels> installed() {
        return Optional.ofNullable(pipeline.get()).flatMap(StandardPipeline::installedModels);
    }
}
