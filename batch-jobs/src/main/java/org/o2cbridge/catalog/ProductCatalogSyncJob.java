package org.o2cbridge.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.jobs.ErpPorts;
import org.o2cbridge.jobs.JobDescription;
import org.o2cbridge.jobs.JobParameter;

import java.util.List;

/**
 * The nightly job that brings an ERP's catalog items to Salesforce as products: the {@code erp}
 * parameter names the ERP (scheduled runs: the bridge's default ERP), and each ERP has its own
 * watermark.
 */
@ApplicationScoped
public class ProductCatalogSyncJob implements JobDescription {

    public static final String NAME = "product-catalog-sync";
    /** The system of a run that names none: runs started before the job read other ERPs read NetSuite. */
    static final String LEGACY_SYSTEM = "netsuite";

    @Inject
    Instance<ItemSource> sources;

    @Inject
    @ConfigProperty(name = "o2c.erp.default-system", defaultValue = "netsuite")
    String defaultSystem;

    /** The system a run reads: its {@code erp} parameter, NetSuite for a run started without one. */
    static String system(String erp) {
        return erp == null || erp.isBlank() ? LEGACY_SYSTEM : erp.strip();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "Catalog items changed in the ERP since the last run (every item the first time; NetSuite items, SAP "
                + "products; D365 released products, all of them each run), upserted into Salesforce as Product2 by ERP_Item_Id__c, with "
                + "their availability where the ERP gives it, and their base price (NetSuite; D365 sales price) as the "
                + "standard price book's PricebookEntry by ERP_Price_Key__c (item id and currency; SAP: no prices yet).";
    }

    @Override
    public List<JobParameter> parameters() {
        return List.of(
                ErpPorts.parameter(sources, defaultSystem, "the ERP whose items are read; each ERP has its own "
                        + "watermark"),
                JobParameter.number("pageSize", 500, 1, 1000, "items read from the ERP per query page"),
                JobParameter.number("chunkSize", 200, 1, 200, "items per chunk: one transaction, one checkpoint, "
                        + "one Salesforce call"));
    }
}
