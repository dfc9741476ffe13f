package org.o2cbridge.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.jobs.ErpPorts;
import org.o2cbridge.jobs.JobDescription;
import org.o2cbridge.jobs.JobParameter;

import java.util.List;

/**
 * The nightly job that brings an ERP's invoices, payments and credit memos to Salesforce; a shop
 * with several ERPs runs it once per ERP.
 */
@ApplicationScoped
public class InvoicePaymentSyncJob implements JobDescription {

    public static final String NAME = "invoice-payment-sync";

    @Inject
    Instance<BillingSource> sources;

    @Inject
    @ConfigProperty(name = "o2c.erp.default-system", defaultValue = "netsuite")
    String defaultSystem;

    public InvoicePaymentSyncJob() {
    }

    /** The job of a bridge whose billing adapters are {@code sources} and whose default ERP is {@code defaultSystem}. */
    public InvoicePaymentSyncJob(Instance<BillingSource> sources, String defaultSystem) {
        this.sources = sources;
        this.defaultSystem = defaultSystem;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "Invoices, payments and credit memos changed in the ERP since the last run, upserted into Salesforce "
                + "as Invoice__c and Payment__c (a payment on the invoice it settles; one that settles no known "
                + "invoice is skipped).";
    }

    @Override
    public List<JobParameter> parameters() {
        return List.of(
                ErpPorts.parameter(sources, defaultSystem, "the ERP whose billing documents are read"),
                JobParameter.number("pageSize", 500, 1, 1000, "documents read from the ERP per query page"),
                JobParameter.number("chunkSize", 200, 1, 200, "documents per chunk: one transaction, one checkpoint, "
                        + "at most one Salesforce call per object"),
                JobParameter.number("skipLimit", 1000, 0, 1_000_000, "documents the run may skip before it fails"));
    }
}
