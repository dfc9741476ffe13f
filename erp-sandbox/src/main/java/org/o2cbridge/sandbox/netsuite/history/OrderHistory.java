package org.o2cbridge.sandbox.netsuite.history;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The NetSuite account's sales-order history: the {@link HistoryPlan} it is generated from, or none.
 * Orders are computed from their index when asked ({@link HistoryGenerator}), never stored, so a
 * plan of millions of orders costs nothing until it is read. SuiteQL answers the orders in
 * {@code transaction} and their lines in {@code transactionline}.
 */
@ApplicationScoped
public class OrderHistory {

    private HistoryGenerator generator;

    /** The history as it is now; a query keeps using it even if the plan is replaced meanwhile. */
    public synchronized Optional<HistoryGenerator> current() {
        return Optional.ofNullable(generator);
    }

    public synchronized Optional<HistoryPlan> plan() {
        return current().map(HistoryGenerator::plan);
    }

    public synchronized HistoryGenerator replace(HistoryPlan plan) {
        generator = new HistoryGenerator(plan);
        return generator;
    }

    public synchronized void clear() {
        generator = null;
    }

    /** The number of orders, 0 without a plan. */
    public long orders() {
        return current().map(HistoryGenerator::orders).orElse(0L);
    }

    /** The order at an index of the current history. */
    public HistoryOrder order(long index) {
        return current().orElseThrow(() -> new IllegalStateException("no history plan")).order(index);
    }

    /** The order with an internal id, when the current history has it. */
    public Optional<HistoryOrder> orderById(long id) {
        return current().filter(history -> history.indexOfId(id) >= 0).map(history -> history.order(history.indexOfId(id)));
    }

    /** The index of the order with an internal id, or -1. */
    public long indexOfId(long id) {
        return current().map(history -> history.indexOfId(id)).orElse(-1L);
    }
}
