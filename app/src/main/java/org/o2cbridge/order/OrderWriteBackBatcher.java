package org.o2cbridge.order;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.outbox.BatchLinger;
import org.o2cbridge.outbox.ClaimedWork;
import org.o2cbridge.outbox.DueWork;
import org.o2cbridge.outbox.OutboxClaimer;
import org.o2cbridge.outbox.WorkEnqueued;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes ERP results back to Salesforce in batches of up to 200 (sObject Collections' limit), one
 * call a batch. It looks at the due write-backs in the outbox without claiming them and lingers
 * while more keep arriving or orders are being synced ({@link BatchLinger}): a full batch goes at
 * once, a lone write-back after a quiet period, a steady flow at the latest after the maximum
 * linger, so under load the bridge makes one Salesforce call per 200 orders or per linger. Only the
 * batch being sent is claimed, so a crash while lingering leaves every write-back claimable. The
 * outbox is the truth; write-backs enqueued on this instance only wake the loop early.
 */
@ApplicationScoped
public class OrderWriteBackBatcher {

    static final int MAX_BATCH = 200;
    private static final Set<String> WRITE_BACKS = Set.of(OrderEventRecorder.WRITE_BACK);
    private static final Logger LOG = Logger.getLogger(OrderWriteBackBatcher.class.getName());

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    OutboxClaimer claimer;

    @Inject
    OrderWriteBackSender sender;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "o2c.outbox.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "o2c.salesforce.write-back-quiet-ms", defaultValue = "500")
    long quietMillis;

    @Inject
    @ConfigProperty(name = "o2c.salesforce.write-back-max-linger-ms", defaultValue = "20000")
    long maxLingerMillis;

    @Inject
    @ConfigProperty(name = "o2c.outbox.poll-interval-ms", defaultValue = "500")
    long pollIntervalMillis;

    @Inject
    @ConfigProperty(name = "o2c.outbox.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    private final String owner = "bridge-write-back-" + UUID.randomUUID();
    private final Semaphore wakeups = new Semaphore(0);
    private final AtomicInteger enqueuedSinceLook = new AtomicInteger();
    private volatile int dueAtLook;
    private volatile boolean running;
    private BatchLinger linger;
    private Thread loop;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (!enabled) {
            return;
        }
        ConfigProvider.getConfig().getOptionalValue("o2c.salesforce.write-back-interval-ms", String.class)
                .ifPresent(v -> LOG.warning("o2c.salesforce.write-back-interval-ms is no longer used; write-backs "
                        + "linger by o2c.salesforce.write-back-quiet-ms and o2c.salesforce.write-back-max-linger-ms"));
        linger = new BatchLinger(MAX_BATCH, Duration.ofMillis(quietMillis), Duration.ofMillis(maxLingerMillis));
        running = true;
        loop = threadFactory.newThread(this::run);
        loop.setName("o2c-salesforce-write-back");
        loop.start();
    }

    /**
     * A write-back committed on this instance: wakes the loop when it was idle, or when the
     * write-backs enqueued since it last looked may make a full batch.
     */
    void writeBackEnqueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkEnqueued enqueued) {
        if (!OrderEventRecorder.SALESFORCE.equals(enqueued.targetSystem())) {
            return;
        }
        int since = enqueuedSinceLook.incrementAndGet();
        if (dueAtLook == 0 || dueAtLook + since >= MAX_BATCH) {
            if (wakeups.availablePermits() == 0) {
                wakeups.release();
            }
        }
    }

    private void run() {
        while (running) {
            try {
                sendWhenDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Salesforce write-back round failed; trying again: " + e.getMessage(), e);
                if (!awaitWakeUp(clock.instant().plusMillis(pollIntervalMillis))) {
                    return;
                }
            }
        }
    }

    /**
     * One look at the due write-backs: send a batch if the policy says so, else wait until it may.
     * More are coming while the order work that ends in write-backs is under way.
     */
    private void sendWhenDue() throws InterruptedException {
        enqueuedSinceLook.set(0);
        DueWork due = claimer.due(WRITE_BACKS);
        dueAtLook = due.count();
        boolean moreComing = due.count() > 0 && due.count() < MAX_BATCH
                && claimer.underWay(OrderEventRecorder.AGGREGATE_TYPE);
        Instant now = clock.instant();
        BatchLinger.Decision decision = linger.decide(due, moreComing, now);
        if (!decision.sendNow()) {
            waitUntil(decision.lookAgainAt() == null ? now.plusMillis(pollIntervalMillis) : decision.lookAgainAt());
            return;
        }
        List<ClaimedWork> batch = claimer.claim(WRITE_BACKS, MAX_BATCH, owner, Duration.ofSeconds(leaseSeconds));
        if (batch.isEmpty()) {
            waitUntil(now.plusMillis(pollIntervalMillis));
            return;
        }
        sender.send(batch);
    }

    /** Waits until {@code deadline}, or less when a write-back wakes the loop. */
    private void waitUntil(Instant deadline) throws InterruptedException {
        long millis = Duration.between(clock.instant(), deadline).toMillis();
        if (millis > 0 && wakeups.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
            wakeups.drainPermits();
        }
    }

    private boolean awaitWakeUp(Instant deadline) {
        try {
            waitUntil(deadline);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return false;
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
        }
    }
}
