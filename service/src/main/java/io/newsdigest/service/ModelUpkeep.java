package io.newsdigest.service;

import io.newsdigest.nlp.chat.ChatHealth;
import io.newsdigest.nlp.chat.ChatModelServer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Looks after the models while the service runs, on one background thread: every
 * {@code newsdigest.models.rescan-seconds} it looks at the models directory and reloads it when it changed and
 * settled (see {@code LiveModels.reloadIfChanged}); every {@code newsdigest.llm.health-interval-seconds} it
 * probes the chat model for {@code GET /v1/models}.
 *
 * <p>Why polling rather than a file watch: {@code WatchService} is not recursive, misses events on network and
 * bind-mounted volumes (NFS, some container set-ups), and sees a copy as hundreds of events; comparing sizes and
 * modification times every few seconds costs a few {@code stat} calls and works everywhere. Scripts that want a
 * model at once call {@code POST /v1/models/reload}.
 *
 * <p>Thread-safe. It owns its thread; {@link #close()} stops it.
 */
public final class ModelUpkeep implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ModelUpkeep.class.getName());

    private final ScheduledExecutorService scheduler;

    private ModelUpkeep(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts the looks the settings ask for. */
    public static ModelUpkeep start(ModelControl control, ModelSettings settings) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("model-upkeep").daemon().factory());
        if (settings.rescanSeconds() > 0) {
            scheduler.scheduleWithFixedDelay(() -> rescan(control), settings.rescanSeconds(), settings.rescanSeconds(),
                    TimeUnit.SECONDS);
        }
        if (settings.chatProbeSeconds() > 0) {
            scheduler.scheduleWithFixedDelay(() -> control.chat().ifPresent(ModelUpkeep::probe), 0,
                    settings.chatProbeSeconds(), TimeUnit.SECONDS);
        }
        return new ModelUpkeep(scheduler);
    }

    private static void rescan(ModelControl control) {
        try {
            control.reloadIfChanged();
        } catch (RuntimeException e) {
            // A failed look must not end the schedule: the next one tries again.
            control.failed(e);
        }
    }

    private static void probe(ChatModelServer chat) {
        ChatHealth before = chat.health();
        ChatHealth now = chat.probe();
        if (now.state() != before.state() && now.state() == ChatHealth.State.DOWN) {
            LOG.log(System.Logger.Level.WARNING, "The chat model " + chat.settings().displayName() + " at "
                    + chat.settings().host() + " does not answer: " + now.problem().orElse("no reason given"));
        } else if (now.state() != before.state()) {
            LOG.log(System.Logger.Level.INFO, "The chat model " + chat.settings().displayName() + " at "
                    + chat.settings().host() + " answers");
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
