package org.o2cbridge.billing;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Links each billing document to its Salesforce Order and Account; a document without a known
 * order is skipped (the job's skip listener records why).
 */
@Named("invoicePaymentSyncProcessor")
@Dependent
public class InvoicePaymentSyncProcessor implements ItemProcessor {

    @Inject
    OrderLinks links;

    @Inject
    StepContext step;

    @Override
    public Object processItem(Object item) {
        OrderLinks known = step.getTransientUserData() instanceof SyncState state ? state.links() : links;
        return new BillingLinker(known).link((BillingDocument) item);
    }
}
