package io.newsdigest.service.http;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Timer;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded wait queue in front of the work. At most {@code slots} requests are processed at once; the next ones
 * wait for a slot in arrival order, at most {@code places} of them and each for at most {@code maxWait}. A request
 * is refused (429 with Retry-After) only when every place is taken, when the queue ahead of it would take longer
 * than {@code maxWait} to clear (judged from the recent time per request), or when its wait runs out.
 *
 * <p>The queue reports to the metrics registry: {@code newsdigest_admission_queued} and
 * {@code newsdigest_admission_active} (gauges), {@code newsdigest_admission_wait_seconds} (a timer of the time
 * admitted requests waited, with p50, p95 and p99), and {@code newsdigest_admission_refused_total} by
 * {@code reason} ({@code queue-full}, {@code wait-limit}, {@code timeout}). Thread-safe.
 */
public final class AdmissionQueue {

    /** How much a new request's time moves the running mean: recent load counts, one outlier does not. */
    private static final double SMOOTHING = 0.1;
    private static final String QUEUED = "newsdigest.admission.queued";
    private static final String ACTIVE = "newsdigest.admission.active";

    private final Semaphore free;
    private final int slots;
    private final int places;
    private final long maxWaitNanos;
    private final int minRetryAfterSeconds;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong meanServiceNanos = new AtomicLong();
    private final Timer waits;
    private final Counter refusedFull;
    private final Counter refusedWaitLimit;
    private final Counter refusedTimeout;

    /**
     * @param slots requests processed at once
     * @param places requests that may wait for a slot
     * @param maxWait the longest a request waits
     * @param minRetryAfterSeconds the smallest Retry-After sent with a refusal
     */
    public AdmissionQueue(int slots, int places, Duration maxWait, int minRetryAfterSeconds) {
        if (slots < 1 || places < 0 || maxWait.isNegative() || maxWait.isZero() || minRetryAfterSeconds < 1) {
            throw new IllegalArgumentException("slots and Retry-After must be positive, places not negative and"
                    + " the wait longer than zero: " + slots + ", " + places + ", " + maxWait + ", " + minRetryAfterSeconds);
        }
        // Fair: waiting requests get their slot in arrival order, and a newcomer does not jump the queue.
        this.free = new Semaphore(slots, true);
        this.slots = slots;
        this.places = places;
        this.maxWaitNanos = maxWait.toNanos();
        this.minRetryAfterSeconds = minRetryAfterSeconds;
        MeterRegistry registry = Metrics.globalRegistry();
        // The gauges read this queue; a new queue (a restarted server in the same JVM) takes them over.
        registry.remove(QUEUED, java.util.List.of());
        registry.remove(ACTIVE, java.util.List.of());
        registry.getOrCreate(Gauge.builder(QUEUED, waiting::get)
                .description("Requests waiting for a processing slot"));
        registry.getOrCreate(Gauge.builder(ACTIVE, () -> this.slots - free.availablePermits())
                .description("Requests being processed"));
        this.waits = registry.getOrCreate(Timer.builder("newsdigest.admission.wait")
                .description("Time admitted requests waited for a processing slot")
                .percentiles(0.5, 0.95, 0.99));
        this.refusedFull = refusals(registry, "queue-full");
        this.refusedWaitLimit = refusals(registry, "wait-limit");
        this.refusedTimeout = refusals(registry, "timeout");
    }

    /** A slot held by one request; closing it frees the slot for the next in the queue. */
    public final class Slot implements AutoCloseable {
        private final long start = System.nanoTime();
        private final boolean typical;
        private boolean closed;

        private Slot(boolean typical) {
            this.typical = typical;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (typical) {
                record(System.nanoTime() - start);
            }
            free.release();
        }
    }

    /**
     * Takes a slot, waiting in the queue when none is free.
     *
     * @param typical whether the request's time says something about the next ones (a batch's does not: it
     *     holds its slot for many articles)
     * @throws ApiException 429 with Retry-After when the request is refused
     */
    public Slot admit(boolean typical) {
        // With a timeout, even zero, a fair semaphore serves those already waiting first; tryAcquire() would barge.
        if (acquire(0)) {
            waits.record(Duration.ZERO);
            return new Slot(typical);
        }
        int ahead = reservePlace();
        try {
            long expected = (ahead + 1L) * meanServiceNanos.get() / slots;
            if (expected > maxWaitNanos) {
                refusedWaitLimit.increment();
                throw refusal("the " + ahead + " requests ahead would take about " + seconds(expected) + " s",
                        expected);
            }
            long start = System.nanoTime();
            if (!acquire(maxWaitNanos)) {
                refusedTimeout.increment();
                throw refusal("no slot was free within " + seconds(maxWaitNanos) + " s", expected);
            }
            waits.record(Duration.ofNanos(System.nanoTime() - start));
            return new Slot(typical);
        } finally {
            waiting.decrementAndGet();
        }
    }

    private boolean acquire(long timeoutNanos) {
        try {
            return free.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refusal("the server is stopping", 0);
        }
    }

    /** @return requests waiting for a slot now */
    public int waiting() {
        return waiting.get();
    }

    /** @return the running mean of the time a typical request holds its slot, zero before the first */
    public Duration meanServiceTime() {
        return Duration.ofNanos(meanServiceNanos.get());
    }

    /** Takes a place in the queue, or refuses when all are taken; returns how many wait ahead. */
    private int reservePlace() {
        while (true) {
            int ahead = waiting.get();
            if (ahead >= places) {
                refusedFull.increment();
                throw refusal("all " + places + " places in the queue are taken",
                        ahead * meanServiceNanos.get() / slots);
            }
            if (waiting.compareAndSet(ahead, ahead + 1)) {
                return ahead;
            }
        }
    }

    private void record(long serviceNanos) {
        meanServiceNanos.getAndUpdate(mean -> mean == 0 ? serviceNanos
                : mean + Math.round((serviceNanos - mean) * SMOOTHING));
    }

    private ApiException refusal(String why, long clearsInNanos) {
        int retryAfter = (int) Math.max(minRetryAfterSeconds, Math.ceil(clearsInNanos / 1e9));
        return ApiException.busy("The server is busy: " + slots + " requests are being processed and " + why
                + "; retry in " + retryAfter + " s.", retryAfter);
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private static Counter refusals(MeterRegistry registry, String reason) {
        return registry.getOrCreate(Counter.builder("newsdigest.admission.refused")
                .description("Requests answered 429 by the admission queue")
                .addTag(Metrics.tag("reason", reason)));
    }
}
