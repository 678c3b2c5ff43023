package io.newsdigest.nlp.installed;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One set of model components, counted: the {@link LiveModels} that made it holds one count while it is current,
 * and each call holds one through its lease. When the last count goes, its resources are released, which closes
 * the models no newer generation shares. Thread-safe.
 */
final class Generation {

    private final ModelComponents components;
    private final List<AutoCloseable> resources;
    private final List<String> problems;
    private final AtomicInteger holds = new AtomicInteger(1);

    Generation(ModelComponents components, List<AutoCloseable> resources, List<String> problems) {
        this.components = components;
        this.resources = List.copyOf(resources);
        this.problems = List.copyOf(problems);
    }

    ModelComponents components() {
        return components;
    }

    List<String> problems() {
        return problems;
    }

    /** @return a lease, or null when this generation was already released (a newer one is current) */
    ModelSource.Lease tryLease() {
        for (int current = holds.get(); current > 0; current = holds.get()) {
            if (holds.compareAndSet(current, current + 1)) {
                AtomicBoolean closed = new AtomicBoolean();
                return new ModelSource.Lease() {
                    @Override
                    public ModelComponents components() {
                        return components;
                    }

                    @Override
                    public void close() {
                        if (closed.compareAndSet(false, true)) {
                            release();
                        }
                    }
                };
            }
        }
        return null;
    }

    /** Drops one hold; the last one releases the resources. */
    void release() {
        if (holds.decrementAndGet() == 0) {
            RuntimeException failure = null;
            for (AutoCloseable resource : resources) {
                try {
                    resource.close();
                } catch (Exception e) {
                    if (failure == null) {
                        failure = new IllegalStateException("releasing replaced models failed");
                    }
                    failure.addSuppressed(e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** @return whether calls or the owner still hold it */
    boolean held() {
        return holds.get() > 0;
    }
}
