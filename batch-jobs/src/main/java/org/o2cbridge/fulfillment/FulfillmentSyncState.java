package org.o2cbridge.fulfillment;

import org.o2cbridge.billing.CompleteThrough;

/**
 * What the fulfillment sync's reader shares with the processor and the writer through the step's
 * transient data: how far the fulfillments read cover the ERP's changes, and the links and
 * shipments of the pages read.
 */
public record FulfillmentSyncState(CompleteThrough complete, PageShipments shipments) {
}
