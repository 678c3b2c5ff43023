package io.newsdigest.nlp.language;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A detector that is built on a thread of its own while the rest of the application starts, so that a slow
 * build (Lingua's twelve-language models take seconds) does not hold up readiness. A call that needs it before
 * it is ready waits for it, on the caller's thread; every answer is the built detector's.
 *
 * <p>Thread-safe. It owns the detector it builds and closes it, also when closed before the build finished (the
 * build then closes it as soon as it is done). Safe to close twice.
 *
 * @param <D> the detector built
 */
public final class BackgroundLanguageDetector<D extends LanguageDetector & AutoCloseable>
        implements LanguageDetector, AutoCloseable {

    private final CompletableFuture<D> building = new CompletableFuture<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private BackgroundLanguageDetector() {
    }

    /**
     * Starts building on a new daemon thread.
     *
     * @param threadName names the building thread in thread dumps
     * @param build      builds the detector; its exceptions surface on the first {@link #detect}
     */
    public static <D extends LanguageDetector & AutoCloseable> BackgroundLanguageDetector<D> start(
            String threadName, Supplier<D> build) {
        Objects.requireNonNull(build, "build");
        BackgroundLanguageDetector<D> detector = new BackgroundLanguageDetector<>();
        Thread.ofPlatform().name(threadName).daemon().start(() -> {
            try {
                detector.building.complete(build.get());
            } catch (RuntimeException | Error e) {
                detector.building.completeExceptionally(e);
            }
        });
        detector.building.thenAccept(built -> {
            if (detector.closed.get()) {
                closeQuietly(built);
            }
        });
        return detector;
    }

    /** @return whether the detector is built (or failed to build) */
    public boolean isDone() {
        return building.isDone();
    }

    /** Waits until the detector is built. @return it, still owned by this object */
    public D await() {
        try {
            return building.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the language detector could not be built: "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e.getCause());
        }
    }

    /**
     * @throws IllegalStateException when the build failed, naming why
     */
    @Override
    public LanguageGuess detect(CharSequence text) {
        return await().detect(text);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && building.isDone() && !building.isCompletedExceptionally()) {
            closeQuietly(building.join());
        }
    }

    private static void closeQuietly(AutoCloseable detector) {
        try {
            detector.close();
        } catch (Exception ignored) {
            // Closing only releases models; nothing to report to a caller that is shutting down.
        }
    }
}
