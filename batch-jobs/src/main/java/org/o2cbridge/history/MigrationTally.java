package org.o2cbridge.history;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What chunks of the migration did: orders and lines read, and (unless a dry run) those Salesforce
 * refused, with a short sample of the orders read. Partitions count their chunks into one; the
 * analyzer sums the partitions' into the run's.
 */
public final class MigrationTally implements Serializable {

    static final int SAMPLE_SIZE = 3;

    private long orders;
    private long lines;
    private long rejectedOrders;
    private long rejectedLines;
    private long unsentLines;
    private final List<String> sample = new ArrayList<>();

    void read(HistoricalOrder order) {
        orders++;
        lines += order.lines().size();
        if (sample.size() < SAMPLE_SIZE) {
            sample.add(order.orderNumber() + " " + order.orderDate() + " " + order.total() + " " + order.currency()
                    + " customer " + order.customerErpId() + " (" + order.lines().size() + " lines)");
        }
    }

    /** Salesforce refused a line of an order. */
    void rejectedLine() {
        rejectedLines++;
    }

    /** Salesforce refused the order: its lines were not sent. */
    void rejectedOrder(HistoricalOrder order) {
        rejectedOrders++;
        unsentLines += order.lines().size();
    }

    void add(MigrationTally other) {
        orders += other.orders;
        lines += other.lines;
        rejectedOrders += other.rejectedOrders;
        rejectedLines += other.rejectedLines;
        unsentLines += other.unsentLines;
        other.sample.stream().limit(SAMPLE_SIZE - (long) sample.size()).forEach(sample::add);
    }

    long orders() {
        return orders;
    }

    boolean isEmpty() {
        return orders == 0;
    }

    /** The run's outcome as the job's exit status says it. */
    String describe(boolean dryRun) {
        if (dryRun) {
            return "DRY RUN: " + orders + " orders and " + lines + " lines would be loaded; nothing was written"
                    + (sample.isEmpty() ? "" : "; sample: " + String.join(" | ", sample));
        }
        return "LOADED: " + (orders - rejectedOrders) + " of " + orders + " orders and " + (lines - unsentLines - rejectedLines)
                + " of " + lines + " lines; Salesforce refused " + rejectedOrders + " orders (" + unsentLines
                + " lines not sent) and " + rejectedLines + " lines";
    }
}
