package org.o2cbridge.fulfillment;

import java.util.List;

/** One page of item fulfillments, in the ERP's stable order, and whether more follow; {@code total} is how many the whole query holds (-1: not known). */
public record FulfillmentPage(List<Fulfillment> fulfillments, boolean hasMore, long total) {

    /** A page of a query whose total the ERP did not say. */
    public FulfillmentPage(List<Fulfillment> fulfillments, boolean hasMore) {
        this(fulfillments, hasMore, -1);
    }
}
