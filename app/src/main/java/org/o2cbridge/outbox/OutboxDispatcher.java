package org.o2cbridge.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Moves outbox work to the external systems. One loop claims due work as long as workers are free
 * and hands each row to a worker, which runs its handler ({@link WorkRunner}); the handler's
 * adapter holds a concurrency permit of the target system for each call it makes. The loop wakes
 * when work is enqueued or finished, and polls otherwise, so with more workers than a system's
 * limit, callers queue for every slot and the limit stays full while work is waiting. A worker
 * that finished a step goes on with the next step of the same event when that one is now due (an
 * order's sales order right after its routing), so an order's steps follow each other without a
 * round through the loop, and a wave of new orders reaches the ERP after its first routing steps
 * rather than after all of them. Several instances may run this on one database: claims skip rows
 * another instance holds.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    OutboxClaimer claimer;

    @Inject
    WorkRunner runner;

    @Inject
    @Any
    Instance<OutboxHandler> handlers;

    @Inject
    @ConfigProperty(name = "o2c.outbox.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "o2c.outbox.workers", defaultValue = "16")
    int workers;

    @Inject
    @ConfigProperty(name = "o2c.outbox.poll-interval-ms", defaultValue = "500")
    long pollIntervalMillis;

    @Inject
    @ConfigProperty(name = "o2c.outbox.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    private final String owner = "bridge-" + UUID.randomUUID();
    private final Semaphore wakeups = new Semaphore(0);
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean running;
    private ExecutorService pool;
    private Thread loop;
    private Map<String, OutboxHandler> byAction;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (!enabled) {
            LOG.info("Outbox dispatch is switched off (o2c.outbox.enabled=false).");
            return;
        }
        byAction = handlers.stream().flatMap(h -> h.actions().stream().map(a -> Map.entry(a, h)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        pool = Executors.newFixedThreadPool(workers, threadFactory);
        running = true;
        loop = threadFactory.newThread(this::run);
        loop.setName("o2c-outbox-dispatcher");
        loop.start();
        LOG.info(() -> "Outbox dispatcher " + owner + " started: " + workers + " workers, actions " + byAction.keySet());
    }

    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkEnqueued enqueued) {
        wake();
    }

    private void wake() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    private void run() {
        Duration lease = Duration.ofSeconds(leaseSeconds);
        while (running) {
            try {
                int free = workers - inFlight.get();
                int claimed = 0;
                if (free > 0) {
                    for (ClaimedWork work : claimer.claim(byAction.keySet(), free, owner, lease)) {
                        inFlight.incrementAndGet();
                        pool.execute(() -> runClaimed(work));
                        claimed++;
                    }
                }
                if (claimed == 0 || claimed == free) {
                    wakeups.tryAcquire(pollIntervalMillis, TimeUnit.MILLISECONDS);
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Claiming outbox work failed; trying again shortly: " + e.getMessage(), e);
                sleepQuietly();
            }
        }
    }

    private void runClaimed(ClaimedWork work) {
        try {
            ClaimedWork next = work;
            while (next != null) {
                boolean done = runner.run(next, byAction.get(next.action()));
                next = done && running ? nextOfEvent(next) : null;
            }
        } finally {
            inFlight.decrementAndGet();
            wake();
        }
    }

    /** The event's next step, claimed if due now; none when it is not, or when claiming fails (the loop finds it then). */
    private ClaimedWork nextOfEvent(ClaimedWork finished) {
        if (finished.inboundEventId() == null) {
            return null;
        }
        try {
            return claimer.claimNextOfEvent(finished.inboundEventId(), byAction.keySet(), owner,
                    Duration.ofSeconds(leaseSeconds)).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Claiming the step after outbox work " + finished.id() + " failed; "
                    + "the dispatcher's loop will find it: " + e.getMessage(), e);
            return null;
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(pollIntervalMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
        }
        if (pool != null) {
            pool.shutdown();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
