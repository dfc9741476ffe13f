package org.o2cbridge.order;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.outbox.OutboxBatchLoop;
import org.o2cbridge.outbox.OutboxClaimer;
import org.o2cbridge.outbox.WorkEnqueued;

import java.time.Duration;
import java.util.Set;

/**
 * Reads ERP order numbers in batches: claims up to {@code o2c.erp.number-read-batch-size} due
 * {@code sales-order.read-number} steps at once, lingering up to
 * {@code o2c.erp.number-read-linger-ms} while more keep arriving, and has {@link OrderNumberReader}
 * read them with one ERP call. Under load many orders share one read (NetSuite: one SuiteQL query
 * instead of a GET per order); a lone read, or the last of a flow, goes out as soon as no order step
 * that leads to another read is unfinished. Up to {@code o2c.erp.number-read-concurrency} reads are
 * on their way at once, so the last batch of a flow does not wait for the read before it.
 */
@ApplicationScoped
public class OrderNumberReadBatcher {

    private static final long LINGER_STEP_MILLIS = 100;
    /** The steps that lead to a number read: while none is unfinished, no read is coming to join a batch. */
    private static final Set<String> ORDER_STEPS_BEFORE_READ = Set.of(OrderEventRecorder.ROUTE,
            OrderEventRecorder.UPSERT_CUSTOMER, OrderEventRecorder.UPSERT_SALES_ORDER);

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    OutboxClaimer claimer;

    @Inject
    OrderNumberReader reader;

    @Inject
    @ConfigProperty(name = "o2c.outbox.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "o2c.erp.number-read-batch-size", defaultValue = "1000")
    int batchSize;

    @Inject
    @ConfigProperty(name = "o2c.erp.number-read-linger-ms", defaultValue = "500")
    long lingerMillis;

    @Inject
    @ConfigProperty(name = "o2c.erp.number-read-concurrency", defaultValue = "4")
    int concurrency;

    @Inject
    @ConfigProperty(name = "o2c.outbox.poll-interval-ms", defaultValue = "500")
    long pollIntervalMillis;

    @Inject
    @ConfigProperty(name = "o2c.outbox.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    private volatile OutboxBatchLoop loop;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (!enabled) {
            return;
        }
        OutboxBatchLoop.Settings settings = new OutboxBatchLoop.Settings(Set.of(OrderEventRecorder.READ_ORDER_NUMBER),
                Math.max(1, batchSize), Duration.ofMillis(lingerMillis),
                Duration.ofMillis(Math.min(LINGER_STEP_MILLIS, Math.max(1, lingerMillis))),
                Duration.ofMillis(pollIntervalMillis), Duration.ofSeconds(leaseSeconds), Math.max(1, concurrency));
        loop = new OutboxBatchLoop(claimer, settings, "bridge-number-reads", reader::read,
                () -> claimer.unfinished(ORDER_STEPS_BEFORE_READ));
        loop.start(threadFactory, "o2c-order-number-reads");
    }

    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkEnqueued enqueued) {
        OutboxBatchLoop running = loop;
        if (running != null && enqueued.mayInclude(OrderEventRecorder.READ_ORDER_NUMBER)) {
            running.wake();
        }
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.stop();
        }
    }
}
