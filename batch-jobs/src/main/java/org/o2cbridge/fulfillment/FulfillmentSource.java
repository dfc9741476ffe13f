package org.o2cbridge.fulfillment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The ERP's item fulfillments. */
public interface FulfillmentSource {

    /**
     * Those changed after an instant, oldest change first (ties by internal id), read a page at a
     * time: {@code offset} is a multiple of {@code limit}.
     */
    FulfillmentPage changedSince(Instant since, int offset, int limit);

    /** Every fulfillment of each of these sales orders, by sales order; orders without any are left out. */
    Map<String, List<Fulfillment>> ofOrders(Collection<String> erpOrderIds);
}
