package org.o2cbridge.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.jobs.ErpPorts;
import org.o2cbridge.jobs.JobDescription;
import org.o2cbridge.jobs.JobParameter;

import java.util.List;

/** The first load of Salesforce's accounts as customers of an ERP. */
@ApplicationScoped
public class CustomerInitialLoadJob implements JobDescription {

    public static final String NAME = "customer-initial-load";
    /** The parameter naming the legal entity whose mapping rows give the customers' company or sales area. */
    static final String LEGAL_ENTITY = "legalEntity";
    /** NetSuite's limit of records per upsertList call. */
    static final int MAX_CHUNK = 200;

    @Inject
    Instance<CustomerTarget> targets;

    @Inject
    @ConfigProperty(name = "o2c.erp.default-system", defaultValue = "netsuite")
    String defaultSystem;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "Every Salesforce Account, read with a Bulk API 2.0 query job, upserted into NetSuite as a customer by "
                + "its Account Id (SOAP upsertList); the bridge then knows each customer for the accounts' orders.";
    }

    @Override
    public List<JobParameter> parameters() {
        return List.of(
                ErpPorts.parameter(targets, defaultSystem, "the ERP that receives the customers"),
                JobParameter.text(LEGAL_ENTITY, "", 80, "the legal entity whose mapping rows choose the customers' "
                        + "company (D365 dataAreaId, required there), SAP sales area or NetSuite subsidiary, as for "
                        + "an order of it; empty: none"),
                JobParameter.number("pageSize", 10_000, 1, 100_000, "accounts per page of the query job's results"),
                JobParameter.number("chunkSize", MAX_CHUNK, 1, MAX_CHUNK, "accounts per chunk: one transaction, one "
                        + "checkpoint, one NetSuite upsertList call, one SAP or D365 $batch of creates"),
                JobParameter.yesNo("dryRun", false, "read and count only; write nothing to the ERP"));
    }
}
