package org.o2cbridge.order;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.outbox.ClaimedWork;
import org.o2cbridge.outbox.OutboxClaimer;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes ERP results back to Salesforce in batches: every interval it claims up to 200 due
 * write-backs (sObject Collections' limit) and sends them in one call, so under load the bridge
 * makes one Salesforce call per 200 orders. A fuller batch is sent at once without waiting.
 */
@ApplicationScoped
public class OrderWriteBackBatcher {

    static final int MAX_BATCH = 200;
    private static final Logger LOG = Logger.getLogger(OrderWriteBackBatcher.class.getName());

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    OutboxClaimer claimer;

    @Inject
    OrderWriteBackSender sender;

    @Inject
    @ConfigProperty(name = "o2c.outbox.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "o2c.salesforce.write-back-interval-ms", defaultValue = "500")
    long intervalMillis;

    @Inject
    @ConfigProperty(name = "o2c.outbox.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    private final String owner = "bridge-write-back-" + UUID.randomUUID();
    private volatile boolean running;
    private Thread loop;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (!enabled) {
            return;
        }
        running = true;
        loop = threadFactory.newThread(this::run);
        loop.setName("o2c-salesforce-write-back");
        loop.start();
    }

    private void run() {
        while (running) {
            try {
                List<ClaimedWork> batch = claimer.claim(Set.of(OrderEventRecorder.WRITE_BACK), MAX_BATCH, owner,
                        Duration.ofSeconds(leaseSeconds));
                if (!batch.isEmpty()) {
                    sender.send(batch);
                }
                if (batch.size() < MAX_BATCH) {
                    Thread.sleep(intervalMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Salesforce write-back round failed; trying again: " + e.getMessage(), e);
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(intervalMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
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
