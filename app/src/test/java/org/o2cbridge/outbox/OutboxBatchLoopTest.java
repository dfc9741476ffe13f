package org.o2cbridge.outbox;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Batches hold what keeps arriving while they linger, an idle system waits one step at most, and
 * nothing lingers once no work that would make more rows due is under way.
 */
class OutboxBatchLoopTest {

    private final BlockingQueue<List<ClaimedWork>> sent = new LinkedBlockingQueue<>();
    private OutboxBatchLoop loop;

    @AfterEach
    void stop() {
        loop.stop();
    }

    @Test
    void aLoneRowIsSentAfterOneStepWithNothingNew() throws InterruptedException {
        start(new ScriptedClaims(1), 5, Duration.ofSeconds(10), Duration.ofMillis(20));

        List<ClaimedWork> batch = sent.poll(5, TimeUnit.SECONDS);

        assertNotNull(batch, "a batch was sent long before the linger of 10 s ended");
        assertEquals(1, batch.size());
    }

    @Test
    void rowsThatKeepArrivingJoinTheBatchUntilAStepBringsNone() throws InterruptedException {
        start(new ScriptedClaims(2, 3, 1, 4), 100, Duration.ofSeconds(10), Duration.ofMillis(10));

        List<ClaimedWork> batch = sent.poll(5, TimeUnit.SECONDS);

        assertNotNull(batch);
        assertEquals(10, batch.size());
    }

    @Test
    void aBatchGoesWhenTheLingerEndsThoughRowsStillArrive() throws InterruptedException {
        int[] endless = new int[1000];
        Arrays.fill(endless, 1);
        start(new ScriptedClaims(endless), 1000, Duration.ofMillis(200), Duration.ofMillis(20));

        List<ClaimedWork> batch = sent.poll(5, TimeUnit.SECONDS);

        assertNotNull(batch);
        assertTrue(batch.size() > 1 && batch.size() < 100, "lingered about 200 ms in 20 ms steps: " + batch.size());
    }

    @Test
    void aFullBatchGoesAtOnce() throws InterruptedException {
        ScriptedClaims claims = new ScriptedClaims(3, 3);
        start(claims, 5, Duration.ofSeconds(10), Duration.ofMillis(10));

        List<ClaimedWork> first = sent.poll(5, TimeUnit.SECONDS);

        assertNotNull(first);
        assertEquals(5, first.size());
        assertEquals(List.of(5, 2), claims.limits.subList(0, 2), "the second claim asked only for what fills the batch");
    }

    @Test
    void withNothingMoreComingTheRowsFoundGoAtOnce() throws InterruptedException {
        ScriptedClaims claims = new ScriptedClaims(2, 3);
        start(claims, 100, Duration.ofSeconds(10), Duration.ofSeconds(5), () -> false);

        List<ClaimedWork> first = sent.poll(2, TimeUnit.SECONDS);

        assertNotNull(first, "sent without waiting out a 5 s step");
        assertEquals(2, first.size(), "only what the first claim found");
    }

    @Test
    void aRowEnqueuedWhileTheBatchLingersJoinsItWithoutWaitingOutTheStep() throws InterruptedException {
        ScriptedClaims claims = new ScriptedClaims(1, 1);
        AtomicLong asked = new AtomicLong();
        start(claims, 2, Duration.ofSeconds(30), Duration.ofSeconds(10), () -> {
            if (asked.incrementAndGet() == 1) {
                loop.wake();
            }
            return true;
        });

        List<ClaimedWork> batch = sent.poll(5, TimeUnit.SECONDS);

        assertNotNull(batch, "the wake-up ended the 10 s step");
        assertEquals(2, batch.size());
    }

    @Test
    void theNextBatchGoesWhileTheOneBeforeIsStillOnItsWay() throws InterruptedException {
        CountDownLatch firstMayReturn = new CountDownLatch(1);
        try {
            startSending(new ScriptedClaims(1, 0, 1), 2, batch -> {
                sent.add(batch);
                if (batch.get(0).id() == 1) {
                    await(firstMayReturn);
                }
            });

            assertNotNull(sent.poll(5, TimeUnit.SECONDS), "the first batch is on its way");
            List<ClaimedWork> second = sent.poll(5, TimeUnit.SECONDS);

            assertNotNull(second, "sent while the first was still on its way");
            assertEquals(2L, second.get(0).id());
        } finally {
            firstMayReturn.countDown();
        }
    }

    @Test
    void noMoreBatchesAreOnTheirWayThanAllowed() throws InterruptedException {
        CountDownLatch firstMayReturn = new CountDownLatch(1);
        ScriptedClaims claims = new ScriptedClaims(1, 0, 1);
        try {
            startSending(claims, 1, batch -> {
                sent.add(batch);
                if (batch.get(0).id() == 1) {
                    await(firstMayReturn);
                }
            });

            assertNotNull(sent.poll(5, TimeUnit.SECONDS), "the first batch is on its way");
            assertNull(sent.poll(300, TimeUnit.MILLISECONDS), "one batch at a time: the second waits for the first");
            assertEquals(1, claims.limits.size(), "nothing more was claimed while no sender was free");

            firstMayReturn.countDown();
            List<ClaimedWork> second = sent.poll(5, TimeUnit.SECONDS);
            assertNotNull(second, "sent once the first came back");
            assertEquals(2L, second.get(0).id());
        } finally {
            firstMayReturn.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void start(OutboxClaimer claimer, int maxBatch, Duration linger, Duration step) {
        start(claimer, maxBatch, linger, step, () -> true);
    }

    private void start(OutboxClaimer claimer, int maxBatch, Duration linger, Duration step, BooleanSupplier moreComing) {
        loop = new OutboxBatchLoop(claimer, new OutboxBatchLoop.Settings(Set.of("test.action"), maxBatch, linger, step,
                Duration.ofMillis(50), Duration.ofSeconds(60), 1), "test", sent::add, moreComing);
        loop.start(new PlainThreads(), "outbox-batch-test");
    }

    /** Batches of at most one row, each sent as soon as it is claimed (nothing more coming). */
    private void startSending(OutboxClaimer claimer, int maxInFlight, Consumer<List<ClaimedWork>> consumer) {
        loop = new OutboxBatchLoop(claimer, new OutboxBatchLoop.Settings(Set.of("test.action"), 1,
                Duration.ofSeconds(10), Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(60), maxInFlight),
                "test", consumer, () -> false);
        loop.start(new PlainThreads(), "outbox-batch-test");
    }

    /** A claimer whose n-th claim finds the n-th count of newly due rows (then none), up to the limit asked. */
    private static final class ScriptedClaims extends OutboxClaimer {

        private final int[] arrivals;
        private final List<Integer> limits = new CopyOnWriteArrayList<>();
        private final AtomicLong ids = new AtomicLong();
        private int call;
        private int carried;

        ScriptedClaims(int... arrivals) {
            this.arrivals = arrivals;
        }

        @Override
        public synchronized List<ClaimedWork> claim(Collection<String> actions, int limit, String owner, Duration lease) {
            limits.add(limit);
            int due = carried + (call < arrivals.length ? arrivals[call] : 0);
            call++;
            int taken = Math.min(due, limit);
            carried = due - taken;
            List<ClaimedWork> rows = new ArrayList<>();
            for (int i = 0; i < taken; i++) {
                long id = ids.incrementAndGet();
                rows.add(new ClaimedWork(id, id, "801" + id, 3, "netsuite", "test.action", "{}", 1, owner));
            }
            return rows;
        }
    }

    private static final class PlainThreads implements ManagedThreadFactory {

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task);
            thread.setDaemon(true);
            return thread;
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException();
        }
    }
}
