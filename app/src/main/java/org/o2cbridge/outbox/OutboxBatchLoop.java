package org.o2cbridge.outbox;

import jakarta.enterprise.concurrent.ManagedThreadFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A thread that claims due outbox work of some actions in batches, for work one external call
 * does for many rows at once, and hands each batch to a consumer, which records every row's
 * outcome. When it finds work it lingers a little while more may arrive: it waits up to
 * {@code lingerStep} for work to be enqueued ({@link #wake}), claims what came due, and sends once
 * a wait brings nothing new, the batch is full, {@code linger} has passed, or nothing that would
 * make more rows due is under way ({@code moreComing}). So under load a batch holds many rows, and
 * the last rows of a flow go out as soon as the work before them is done, not a step later. Up to
 * {@code maxInFlight} batches are sent at once, each by a sender thread: the next batch gathers
 * while one is on its way, so the last rows of a flow do not wait for the call before them to
 * come back. It wakes when work is enqueued and polls otherwise.
 */
public final class OutboxBatchLoop {

    private static final Logger LOG = Logger.getLogger(OutboxBatchLoop.class.getName());

    /**
     * What to claim and how: actions, largest batch, linger and its step, idle poll interval, lease,
     * and how many batches may be on their way at once.
     */
    public record Settings(Set<String> actions, int maxBatch, Duration linger, Duration lingerStep, Duration poll,
                           Duration lease, int maxInFlight) {

        public Settings {
            if (maxBatch < 1 || maxInFlight < 1) {
                throw new IllegalArgumentException("a batch needs at least one row and one sender: " + maxBatch
                        + ", " + maxInFlight);
            }
        }
    }

    private final OutboxClaimer claimer;
    private final Settings settings;
    private final Consumer<List<ClaimedWork>> consumer;
    private final BooleanSupplier moreComing;
    private final String owner;
    private final Semaphore wakeups = new Semaphore(0);
    private final Semaphore senders;
    private volatile boolean running;
    private Thread thread;
    private ExecutorService sending;

    /**
     * @param moreComing whether work is under way that will make more rows due (e.g. the sales
     *                   orders whose numbers are read); asked while a batch lingers
     */
    public OutboxBatchLoop(OutboxClaimer claimer, Settings settings, String ownerPrefix,
                           Consumer<List<ClaimedWork>> consumer, BooleanSupplier moreComing) {
        this.claimer = claimer;
        this.settings = settings;
        this.consumer = consumer;
        this.moreComing = moreComing;
        this.owner = ownerPrefix + "-" + UUID.randomUUID();
        this.senders = new Semaphore(settings.maxInFlight());
    }

    public void start(ManagedThreadFactory threadFactory, String threadName) {
        running = true;
        sending = Executors.newFixedThreadPool(settings.maxInFlight(), task -> {
            Thread sender = threadFactory.newThread(task);
            sender.setName(threadName + "-send");
            return sender;
        });
        thread = threadFactory.newThread(this::run);
        thread.setName(threadName);
        thread.start();
    }

    /** Work was enqueued: look for due work now rather than at the next poll. */
    public void wake() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        if (sending != null) {
            sending.shutdown();
        }
    }

    private void run() {
        while (running) {
            boolean holdsSender = false;
            try {
                senders.acquire(); // claim only what a sender is free to send
                holdsSender = true;
                List<ClaimedWork> batch = claim(settings.maxBatch());
                if (batch.isEmpty()) {
                    senders.release();
                    holdsSender = false;
                    wakeups.tryAcquire(settings.poll().toMillis(), TimeUnit.MILLISECONDS);
                    wakeups.drainPermits();
                    continue;
                }
                linger(batch);
                sending.execute(() -> send(batch));
                holdsSender = false; // the sender gives it back
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RejectedExecutionException stopping) {
                return; // the rows' leases run out and they are claimed again
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Outbox batch of " + settings.actions() + " failed; trying again: " + e.getMessage(), e);
                pause();
            } finally {
                if (holdsSender) {
                    senders.release();
                }
            }
        }
    }

    private void send(List<ClaimedWork> batch) {
        try {
            consumer.accept(batch);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox batch of " + settings.actions() + " failed; its rows are claimed again when "
                    + "their leases end: " + e.getMessage(), e);
        } finally {
            senders.release();
        }
    }

    private void linger(List<ClaimedWork> batch) throws InterruptedException {
        long until = System.nanoTime() + settings.linger().toNanos();
        wakeups.drainPermits(); // wake-ups for rows the batch already holds

        while (batch.size() < settings.maxBatch()) {
            long left = until - System.nanoTime();
            if (left <= 0 || !moreComingNow()) {
                return;
            }
            wakeups.tryAcquire(Math.min(left, settings.lingerStep().toNanos()), TimeUnit.NANOSECONDS);
            List<ClaimedWork> more;
            try {
                more = claim(settings.maxBatch() - batch.size());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Claiming more of " + settings.actions() + " failed; sending the batch as it is", e);
                return;
            }
            if (more.isEmpty()) {
                return;
            }
            batch.addAll(more);
        }
    }

    private boolean moreComingNow() {
        try {
            return moreComing.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not tell whether more of " + settings.actions() + " is coming; lingering", e);
            return true;
        }
    }

    private List<ClaimedWork> claim(int limit) {
        return new ArrayList<>(claimer.claim(settings.actions(), limit, owner, settings.lease()));
    }

    private void pause() {
        try {
            Thread.sleep(settings.poll().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
