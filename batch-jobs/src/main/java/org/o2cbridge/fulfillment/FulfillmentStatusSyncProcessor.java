package org.o2cbridge.fulfillment;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.billing.OrderLinks;

/**
 * Links each fulfillment to its Salesforce Order, with what the Order shows of all the order's
 * fulfillments; a fulfillment without a known order is skipped (the skip listener records why).
 */
@Named("fulfillmentStatusSyncProcessor")
@Dependent
public class FulfillmentStatusSyncProcessor implements ItemProcessor {

    @Inject
    OrderLinks links;

    @Inject
    FulfillmentSource source;

    @Inject
    StepContext step;

    @Override
    public Object processItem(Object item) {
        PageShipments shipments = step.getTransientUserData() instanceof FulfillmentSyncState state
                ? state.shipments() : new PageShipments(links, source);
        return shipments.link((Fulfillment) item);
    }
}
