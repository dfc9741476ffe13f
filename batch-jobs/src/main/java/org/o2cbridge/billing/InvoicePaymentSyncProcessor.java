package org.o2cbridge.billing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.jobs.ErpPorts;

/**
 * Links each billing document to its Salesforce Order and Account ({@link BillingLinker}); an
 * invoice or credit memo without a known order, or a payment with neither an invoice nor a known
 * customer, is skipped (the job's skip listener records why).
 */
@Named("invoicePaymentSyncProcessor")
@Dependent
public class InvoicePaymentSyncProcessor implements ItemProcessor {

    @Inject
    OrderLinks links;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = ErpPorts.PARAMETER)
    String erp;

    @Override
    public Object processItem(Object item) {
        PageLinks known = step.getTransientUserData() instanceof SyncState state ? state.links()
                : new PageLinks(links, erp);
        return new BillingLinker(known).link((BillingDocument) item);
    }
}
