package org.o2cbridge.history;

import java.util.List;

/**
 * Salesforce's orders and order lines, upserted by the ERP's keys: parents before children, so a
 * line always finds its order. Answers what Salesforce refused, with Salesforce's error; an order
 * it refused has none of its lines sent. A call that fails as a whole throws.
 */
public interface OrderHistoryTarget {

    List<Rejection> load(List<HistoricalOrder> orders);

    /** A record Salesforce refused: the order it belongs to, which record, and Salesforce's error. */
    record Rejection(HistoricalOrder order, String recordKey, String error) {
    }
}
