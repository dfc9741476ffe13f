package org.o2cbridge.fulfillment;

import org.o2cbridge.jobs.ErpPort;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An ERP's shipments of sales orders (NetSuite item fulfillments, SAP outbound deliveries, D365
 * packing slips), each as a {@link Fulfillment} whose {@code erpOrderId} is the sales order's id as
 * the order sync recorded it in the cross-references of {@link #system()}.
 */
public interface FulfillmentSource extends ErpPort {

    /**
     * Those changed after an instant, oldest change first (ties by internal id), read a page at a
     * time: {@code offset} is a multiple of {@code limit}.
     */
    FulfillmentPage changedSince(Instant since, int offset, int limit);

    /** Every fulfillment of each of these sales orders, by sales order; orders without any are left out. */
    Map<String, List<Fulfillment>> ofOrders(Collection<String> erpOrderIds);
}
