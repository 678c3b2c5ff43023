package io.newsdigest.nlp.installed;

import io.newsdigest.models.ModelStore;
import io.newsdigest.models.ModelVerificationException;
import io.newsdigest.models.StoreFingerprint;
import io.newsdigest.nlp.figures.FigureRenderer;
import io.newsdigest.nlp.figures.KeyFigureExtractor;
import io.newsdigest.nlp.figures.LocaleFigureRenderer;
import io.newsdigest.nlp.onnx.EngineOptions;
import io.newsdigest.nlp.onnx.ModelLoadException;
import io.newsdigest.nlp.summarize.Summarizer;
import io.newsdigest.nlp.translate.FigureGuard;
import io.newsdigest.nlp.translate.InstalledTranslators;
import io.newsdigest.nlp.translate.OnnxAbstractiveSummarizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The installed models of a {@link ModelStore}, kept current while the process runs. {@link #reload()} verifies
 * (sha256, only for files that changed) and loads what the directory holds now, reusing the open models of
 * unchanged folders, and swaps the result in; calls that started before keep the models they leased, which close
 * when the last of those calls ends. {@link #reloadIfChanged()} is the cheap look a watcher repeats: it reloads
 * only when the directory's fingerprint changed and then held still for one more look (a folder still being copied
 * is not loaded half-way).
 *
 * <p>Thread-safe; reloads run one at a time. It owns the models it opened: {@link #close()} releases the current
 * generation (models close as soon as no call holds them). It never downloads or installs models.
 */
public final class LiveModels implements ModelSource, AutoCloseable {

    private final ModelStore store;
    private final Summarizer extractive;
    private final KeyFigureExtractor figures;
    private final SharedModels shared;
    private final AtomicReference<Generation> current = new AtomicReference<>();
    private final Object reloading = new Object();
    private StoreFingerprint loadedFingerprint;
    private StoreFingerprint pendingFingerprint;
    private boolean closed;

    private LiveModels(ModelStore store, EngineOptions engine, Summarizer extractive, KeyFigureExtractor figures) {
        this.store = Objects.requireNonNull(store, "store");
        this.extractive = Objects.requireNonNull(extractive, "extractive");
        this.figures = Objects.requireNonNull(figures, "figures");
        this.shared = new SharedModels(store, Objects.requireNonNull(engine, "engine"));
    }

    /**
     * Loads every usable model of the store; a model that fails verification or loading is left out and named in
     * {@link #problems()}.
     *
     * @param extractive the summarizer an abstractive model falls back to
     * @param figures    the extractor the abstractive summarizer's figure guard uses
     */
    public static LiveModels open(ModelStore store, EngineOptions engine, Summarizer extractive,
                                  KeyFigureExtractor figures) {
        LiveModels models = new LiveModels(store, engine, extractive, figures);
        models.reload();
        return models;
    }

    @Override
    public Lease acquire() {
        while (true) {
            Generation generation = current.get();
            if (generation == null) {
                throw new IllegalStateException("the installed models are closed");
            }
            Lease lease = generation.tryLease();
            if (lease != null) {
                return lease;
            }
            // That generation was replaced and released between the read and the lease: take the new one.
        }
    }

    /**
     * Loads what the models directory holds now and makes it current; calls in flight finish on what they leased.
     *
     * @return what changed
     */
    public ReloadReport reload() {
        synchronized (reloading) {
            if (closed) {
                throw new IllegalStateException("the installed models are closed");
            }
            List<String> before = current.get() == null ? List.of() : current.get().components().modelIds();
            StoreFingerprint fingerprint = store.fingerprint();
            Generation next = build();
            Generation previous = current.getAndSet(next);
            loadedFingerprint = fingerprint;
            pendingFingerprint = null;
            if (previous != null) {
                previous.release();
            }
            List<String> after = next.components().modelIds();
            return new ReloadReport(after, after.stream().filter(id -> !before.contains(id)).toList(),
                    before.stream().filter(id -> !after.contains(id)).toList(), next.problems());
        }
    }

    /**
     * Reloads when the directory changed since the last load and has held still since the previous call.
     *
     * @return the reload's report, or empty when nothing was reloaded
     */
    public Optional<ReloadReport> reloadIfChanged() {
        synchronized (reloading) {
            if (closed) {
                return Optional.empty();
            }
            StoreFingerprint now = store.fingerprint();
            if (now.equals(loadedFingerprint)) {
                pendingFingerprint = null;
                return Optional.empty();
            }
            if (!now.equals(pendingFingerprint)) {
                pendingFingerprint = now;
                return Optional.empty();
            }
            return Optional.of(reload());
        }
    }

    /** @return ids of the models in use now */
    public List<String> modelIds() {
        try (Lease lease = acquire()) {
            return lease.components().modelIds();
        }
    }

    /** @return why installed models are left out now (tampered files, unloadable models); empty when none is */
    public List<String> problems() {
        Generation generation = current.get();
        return generation == null ? List.of() : generation.problems();
    }

    /** @return the number of ONNX models open now, counting those that calls in flight still hold */
    int openModelCount() {
        return shared.openCount();
    }

    /** Releases the current models; they close when calls still holding them end. Harmless when repeated. */
    @Override
    public void close() {
        synchronized (reloading) {
            if (closed) {
                return;
            }
            closed = true;
            Generation last = current.getAndSet(null);
            if (last != null) {
                last.release();
            }
        }
    }

    private Generation build() {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            return build(resources);
        } catch (RuntimeException | Error e) {
            Generation unfinished = new Generation(new ModelComponents(
                    io.newsdigest.nlp.translate.TranslatorProvider.none(), Optional.empty(), (figure, target) -> "",
                    List.of()), resources, List.of());
            try {
                unfinished.release();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private Generation build(List<AutoCloseable> resources) {
        List<String> problems = new ArrayList<>();
        InstalledTranslators translators = InstalledTranslators.open(store, shared);
        resources.add(translators);
        problems.addAll(translators.problems());
        FigureRenderer renderer = new LocaleFigureRenderer(translators);
        Optional<OnnxAbstractiveSummarizer> abstractive = Optional.empty();
        try {
            abstractive = OnnxAbstractiveSummarizer.openInstalled(store, shared, extractive,
                    new FigureGuard(figures, renderer));
        } catch (ModelVerificationException | ModelLoadException e) {
            problems.add("The summarization model is not used: " + e.getMessage());
        }
        abstractive.ifPresent(summarizer -> resources.add(0, summarizer));
        List<String> ids = new ArrayList<>(translators.installed());
        abstractive.ifPresent(summarizer -> ids.add(summarizer.modelId()));
        ModelComponents components = new ModelComponents(translators, abstractive.map(s -> (Summarizer) s), renderer,
                ids);
        return new Generation(components, resources, problems);
    }
}
