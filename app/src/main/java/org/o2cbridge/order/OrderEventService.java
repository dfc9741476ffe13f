package org.o2cbridge.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Accepts order events exactly once. When the same event arrives on several connections at once,
 * one transaction wins the unique idempotency key and the others fail on it; those are run again,
 * find the key taken, and answer it as a duplicate. What was recorded is counted in
 * {@code o2c_orders_received} by outcome once its transaction committed.
 */
@ApplicationScoped
public class OrderEventService {

    private static final Logger LOG = Logger.getLogger(OrderEventService.class.getName());
    private static final int MAX_TRIES = 4;
    /** Unique violation, serialization failure, deadlock; H2's lock timeout and concurrent update. */
    private static final Set<String> RACE_STATES = Set.of("23505", "40001", "40P01", "HYT00", "90131");
    static final Metadata RECEIVED = Metadata.builder().withName("o2c_orders_received")
            .withDescription("Order events received, by outcome: accepted (new work) or duplicate").build();

    @Inject
    OrderEventRecorder recorder;

    @Inject
    MetricRegistry registry;

    public AcceptanceResponse accept(OrderEventBatch batch, String receivedFrom) {
        for (int attempt = 1; ; attempt++) {
            try {
                List<AcceptanceResponse.Result> results = recorder.record(batch.orders(), receivedFrom);
                count(results);
                return AcceptanceResponse.of(results);
            } catch (RuntimeException e) {
                if (attempt >= MAX_TRIES || !isConcurrentDuplicate(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.fine(() -> "Concurrent delivery of the same order event; recording again (try " + (tried + 1) + ")");
            }
        }
    }

    private void count(List<AcceptanceResponse.Result> results) {
        for (AcceptanceResponse.Outcome outcome : AcceptanceResponse.Outcome.values()) {
            long n = results.stream().filter(r -> r.outcome() == outcome).count();
            if (n > 0) {
                registry.counter(RECEIVED, new Tag("outcome", outcome.name().toLowerCase(Locale.ROOT))).inc(n);
            }
        }
    }

    static boolean isConcurrentDuplicate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (RACE_STATES.contains(next.getSQLState())) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
