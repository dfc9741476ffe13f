package org.o2cbridge.fulfillment;

import java.util.List;

/** One page of item fulfillments, in the ERP's stable order, and whether more follow. */
public record FulfillmentPage(List<Fulfillment> fulfillments, boolean hasMore) {
}
