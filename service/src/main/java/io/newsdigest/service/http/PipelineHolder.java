package io.newsdigest.service.http;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.http.Status;
import io.newsdigest.nlp.NewsDigest;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Holds the NLP pipeline while it loads in the background, so the server answers at once: until it is ready,
 * {@code /v1/*} answers 503 with Retry-After and the readiness check is down. Owns what the loader opened and
 * closes it once. Thread-safe.
 */
public final class PipelineHolder implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PipelineHolder.class.getName());

    private final CompletableFuture<LoadedPipeline> loading;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PipelineHolder(CompletableFuture<LoadedPipeline> loading) {
        this.loading = loading;
    }

    /** What a loader returns: the pipeline and the resources to close on shutdown. */
    public record LoadedPipeline(NewsDigest digest, List<AutoCloseable> resources) {
        public LoadedPipeline {
            resources = List.copyOf(resources);
        }
    }

    /** Starts loading on a background thread. */
    public static PipelineHolder loadInBackground(Supplier<LoadedPipeline> loader) {
        CompletableFuture<LoadedPipeline> future = new CompletableFuture<>();
        Thread.ofPlatform().name("pipeline-loader").daemon().start(() -> {
            long start = System.nanoTime();
            try {
                future.complete(loader.get());
                LOG.log(System.Logger.Level.INFO, "NLP pipeline ready in {0} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.ERROR, "The NLP pipeline could not be loaded: " + e.getMessage(), e);
                future.completeExceptionally(e);
            }
        });
        return new PipelineHolder(future);
    }

    /** Holds a pipeline loaded by the caller, and closes its resources with {@link #close()}. */
    public static PipelineHolder loadNow(LoadedPipeline loaded) {
        return new PipelineHolder(CompletableFuture.completedFuture(loaded));
    }

    /** A pipeline that is ready now. */
    public static PipelineHolder ready(NewsDigest digest) {
        return new PipelineHolder(CompletableFuture.completedFuture(new LoadedPipeline(digest, List.of())));
    }

    /** Blocks until the pipeline is loaded (used by the command line). */
    public NewsDigest await() {
        return loading.join().digest();
    }

    /**
     * @return the pipeline
     * @throws ApiException 503 while it is loading or when it failed to load
     */
    public NewsDigest require() {
        if (!loading.isDone()) {
            throw new ApiException(Status.SERVICE_UNAVAILABLE_503,
                    "The service is starting and still loading its language models; retry in a few seconds.",
                    Optional.empty(), Optional.of(2));
        }
        if (loading.isCompletedExceptionally()) {
            throw new ApiException(Status.SERVICE_UNAVAILABLE_503, "The NLP pipeline failed to load: "
                    + failure().orElse("unknown reason") + ". See the server log.");
        }
        return loading.join().digest();
    }

    public boolean isReady() {
        return loading.isDone() && !loading.isCompletedExceptionally();
    }

    private Optional<String> failure() {
        try {
            loading.join();
            return Optional.empty();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return Optional.ofNullable(cause.getMessage());
        }
    }

    /** The readiness check: up once every model is loaded. */
    public HealthCheck readinessCheck() {
        return new HealthCheck() {
            @Override
            public HealthCheckType type() {
                return HealthCheckType.READINESS;
            }

            @Override
            public String name() {
                return "pipeline";
            }

            @Override
            public HealthCheckResponse call() {
                HealthCheckResponse.Builder response = HealthCheckResponse.builder().status(isReady());
                if (!loading.isDone()) {
                    response.detail("state", "loading");
                } else {
                    response.detail("state", isReady() ? "ready" : "failed");
                    failure().ifPresent(reason -> response.detail("reason", reason));
                }
                return response.build();
            }
        };
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        loading.thenAccept(loaded -> loaded.resources().forEach(resource -> {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "Closing " + resource + " failed: " + e.getMessage());
            }
        }));
    }
}
