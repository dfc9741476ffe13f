package org.o2cbridge.history;

/**
 * Where the migration puts an order Salesforce refused (the order itself or any of its lines), in
 * the chunk's transaction: a dead letter holding the whole order with Salesforce's errors, which an
 * operator can fix (the cause in Salesforce, or the order's payload) and replay to load that order
 * again. An order refused again while its letter is open updates that letter; it never makes a
 * second one.
 */
public interface RefusedOrders {

    /** The action of the dead letter: load this order and its lines into Salesforce. */
    String ACTION = "history-order.load";

    void setAside(HistoricalOrder order, String errors);
}
