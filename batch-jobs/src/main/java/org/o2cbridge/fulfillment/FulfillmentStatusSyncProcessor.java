package org.o2cbridge.fulfillment;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.billing.OrderLinks;
import org.o2cbridge.jobs.ErpPorts;

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
    Instance<FulfillmentSource> sources;

    @Inject
    @BatchProperty(name = ErpPorts.PARAMETER)
    String erp;

    @Inject
    StepContext step;

    @Override
    public Object processItem(Object item) {
        PageShipments shipments = step.getTransientUserData() instanceof FulfillmentSyncState state
                ? state.shipments() : shipments();
        return shipments.link((Fulfillment) item);
    }

    private PageShipments shipments() {
        String system = FulfillmentStatusSyncJob.system(erp);
        return new PageShipments(links, system, ErpPorts.select(sources, system));
    }
}
