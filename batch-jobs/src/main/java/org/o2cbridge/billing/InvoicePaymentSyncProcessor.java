package org.o2cbridge.billing;

import jakarta.batch.api.chunk.ItemProcessor;
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

    @Override
    public Object processItem(Object item) {
        return new BillingLinker(links).link((BillingDocument) item);
    }
}
