package io.newsdigest.service.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admission queue: slots, places, waits and refusals, without HTTP. */
class AdmissionQueueTest {

    @Test
    void requestsBeyondTheSlotsWaitAndAreAdmittedInArrivalOrder() throws Exception {
        AdmissionQueue queue = new AdmissionQueue(1, 10, Duration.ofSeconds(10), 1);
        AdmissionQueue.Slot first = queue.admit(true);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<Thread> waiting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int number = i;
            waiting.add(Thread.ofVirtual().start(() -> {
                try (AdmissionQueue.Slot slot = queue.admit(true)) {
                    order.add(number);
                }
            }));
            awaitWaiting(queue, i + 1);
        }

        first.close();
        for (Thread thread : waiting) {
            assertTrue(thread.join(Duration.ofSeconds(10)), "every waiting request is admitted");
        }
        assertEquals(List.of(0, 1, 2, 3), order);
        assertEquals(0, queue.waiting());
    }

    @Test
    void aFullQueueRefusesWith429AndRetryAfter() throws Exception {
        AdmissionQueue queue = new AdmissionQueue(1, 1, Duration.ofSeconds(10), 2);
        AdmissionQueue.Slot first = queue.admit(true);
        Thread second = Thread.ofVirtual().start(() -> queue.admit(true).close());
        awaitWaiting(queue, 1);

        ApiException refused = assertThrows(ApiException.class, () -> queue.admit(true));

        assertEquals(429, refused.status().code());
        assertTrue(refused.getMessage().contains("places in the queue are taken"), refused.getMessage());
        assertTrue(refused.retryAfterSeconds().orElseThrow() >= 2, "at least the configured Retry-After");
        first.close();
        assertTrue(second.join(Duration.ofSeconds(10)));
    }

    @Test
    void aRequestWhoseWaitRunsOutIsRefused() {
        AdmissionQueue queue = new AdmissionQueue(1, 5, Duration.ofMillis(50), 1);
        try (AdmissionQueue.Slot held = queue.admit(false)) {
            ApiException refused = assertThrows(ApiException.class, () -> queue.admit(true));
            assertEquals(429, refused.status().code());
            assertTrue(refused.getMessage().contains("no slot was free"), refused.getMessage());
        }
        assertEquals(0, queue.waiting(), "the refused request left its place");
    }

    @Test
    void aRequestThatWouldWaitLongerThanTheLimitIsRefusedWithoutWaiting() throws Exception {
        AdmissionQueue queue = new AdmissionQueue(1, 5, Duration.ofMillis(50), 1);
        try (AdmissionQueue.Slot slow = queue.admit(true)) {
            Thread.sleep(200);
        }
        assertTrue(queue.meanServiceTime().toMillis() >= 200, "a request takes 200 ms now");

        try (AdmissionQueue.Slot held = queue.admit(true)) {
            ApiException refused = assertThrows(ApiException.class, () -> queue.admit(true));
            assertTrue(refused.getMessage().contains("would take about"), refused.getMessage());
        }
    }

    @Test
    void aBatchDoesNotCountTowardsTheTimePerRequest() throws Exception {
        AdmissionQueue queue = new AdmissionQueue(1, 5, Duration.ofSeconds(1), 1);
        try (AdmissionQueue.Slot batch = queue.admit(false)) {
            Thread.sleep(50);
        }
        assertEquals(Duration.ZERO, queue.meanServiceTime());
    }

    @Test
    void manyThreadsNeverHoldMoreThanTheSlotsAndAllGetThrough() throws Exception {
        int slots = 3;
        AdmissionQueue queue = new AdmissionQueue(slots, 64, Duration.ofSeconds(30), 1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                done.add(threads.submit(() -> {
                    start.await();
                    try (AdmissionQueue.Slot slot = queue.admit(true)) {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.onSpinWait();
                        inside.decrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        }
        assertTrue(most.get() <= slots, "at most " + slots + " at once, saw " + most.get());
        assertEquals(0, queue.waiting());
    }

    @Test
    void theQueueDepthGaugeReadsTheNewestQueue() throws Exception {
        new AdmissionQueue(1, 4, Duration.ofSeconds(10), 1);
        AdmissionQueue queue = new AdmissionQueue(1, 4, Duration.ofSeconds(10), 1);
        AdmissionQueue.Slot held = queue.admit(true);
        Thread waiter = Thread.ofVirtual().start(() -> queue.admit(true).close());
        awaitWaiting(queue, 1);

        var gauge = io.helidon.metrics.api.Metrics.globalRegistry()
                .gauge("newsdigest.admission.queued", List.of()).orElseThrow();
        assertEquals(1.0, gauge.value().doubleValue(), "the gauge follows the queue that serves now");

        held.close();
        assertTrue(waiter.join(Duration.ofSeconds(10)));
        assertEquals(0.0, gauge.value().doubleValue());
    }

    private static void awaitWaiting(AdmissionQueue queue, int count) throws InterruptedException {
        for (int i = 0; i < 1000 && queue.waiting() < count; i++) {
            Thread.sleep(5);
        }
        assertEquals(count, queue.waiting(), "requests waiting");
    }
}
