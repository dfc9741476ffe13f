package org.o2cbridge.sandbox.netsuite.fulfillment;

import java.time.Instant;

/**
 * What item fulfillments to generate: {@code shipmentsPerOrder} fulfillments for every sales order
 * of the account (two or more is a partially shipped order, shipped in parts), each with one
 * package tracking number; {@code unlinkedFulfillments} more for sales orders no Salesforce order
 * made; changes one minute apart from {@code since}. The last fulfillment of an order is
 * {@code Shipped} with probability {@code shippedShare}, else {@code Packed}; earlier ones are
 * {@code Shipped}. The same plan over the same sales orders gives the same fulfillments.
 */
public record FulfillmentPlan(long seed, int shipmentsPerOrder, double shippedShare, int unlinkedFulfillments,
                              Instant since) {

    public static final Instant DEFAULT_SINCE = Instant.parse("2026-01-01T00:00:00Z");

    public FulfillmentPlan {
        if (shipmentsPerOrder < 0 || shipmentsPerOrder > 100) {
            throw new IllegalArgumentException("shipmentsPerOrder is 0 to 100");
        }
        if (shippedShare < 0 || shippedShare > 1) {
            throw new IllegalArgumentException("shippedShare is 0 to 1");
        }
        if (unlinkedFulfillments < 0 || unlinkedFulfillments > 1_000_000) {
            throw new IllegalArgumentException("unlinkedFulfillments is 0 to 1000000");
        }
    }
}
