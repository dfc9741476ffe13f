package org.o2cbridge.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import org.o2cbridge.jobs.JobDescription;
import org.o2cbridge.jobs.JobParameter;

import java.util.List;

/** The nightly job that brings the ERP's catalog items to Salesforce as products. */
@ApplicationScoped
public class ProductCatalogSyncJob implements JobDescription {

    public static final String NAME = "product-catalog-sync";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "Catalog items changed in the ERP since the last run (every item the first time), upserted into "
                + "Salesforce as Product2 by ERP_Item_Id__c, with their availability.";
    }

    @Override
    public List<JobParameter> parameters() {
        return List.of(
                JobParameter.number("pageSize", 500, 1, 1000, "items read from the ERP per query page"),
                JobParameter.number("chunkSize", 200, 1, 200, "items per chunk: one transaction, one checkpoint, "
                        + "one Salesforce call"));
    }
}
