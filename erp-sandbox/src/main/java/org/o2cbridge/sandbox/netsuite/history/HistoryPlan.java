package org.o2cbridge.sandbox.netsuite.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What sales-order history the NetSuite simulator answers: {@code orders} sales orders of
 * {@code linesPerOrder} item lines each, dated from {@code from} (inclusive) to {@code to}
 * (exclusive) in order, for {@code customers} customers, the last {@code customersWithoutAccount} of
 * which have no Account in the simulated Salesforce org. The same plan always gives the same
 * orders ({@link HistoryGenerator}); nothing is stored.
 */
public record HistoryPlan(long seed, long orders, int linesPerOrder, LocalDate from, LocalDate to, int customers,
                          int customersWithoutAccount) {

    public static final long MAX_ORDERS = 5_000_000L;
    public static final int MAX_LINES_PER_ORDER = 50;
    public static final int MAX_CUSTOMERS = 1_000_000;

    public HistoryPlan {
        if (orders < 0 || orders > MAX_ORDERS) {
            throw new IllegalArgumentException("orders is 0 to " + MAX_ORDERS);
        }
        if (linesPerOrder < 1 || linesPerOrder > MAX_LINES_PER_ORDER) {
            throw new IllegalArgumentException("linesPerOrder is 1 to " + MAX_LINES_PER_ORDER);
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("from and to are dates such as 2020-01-01");
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to (exclusive) must be after from");
        }
        if (customers < 1 || customers > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("customers is 1 to " + MAX_CUSTOMERS);
        }
        if (customersWithoutAccount < 0 || customersWithoutAccount > customers) {
            throw new IllegalArgumentException("customersWithoutAccount is 0 to customers (" + customers + ")");
        }
    }

    /** The number of days orders are spread over, {@code to - from}. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** The number of item lines of the whole history. */
    public long lines() {
        return orders * linesPerOrder;
    }

    /** The number of customers that have an Account in Salesforce: all but the last {@code customersWithoutAccount}. */
    public int customersWithAccount() {
        return customers - customersWithoutAccount;
    }
}
