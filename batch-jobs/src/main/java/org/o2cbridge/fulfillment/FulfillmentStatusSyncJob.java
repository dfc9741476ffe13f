package org.o2cbridge.fulfillment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.jobs.ErpPorts;
import org.o2cbridge.jobs.JobDescription;
import org.o2cbridge.jobs.JobParameter;

import java.util.List;

/**
 * The job that brings an ERP's shipments to the Salesforce Orders they ship, every quarter hour: the
 * {@code erp} parameter names the ERP (scheduled runs: the bridge's default ERP), and each ERP has
 * its own watermark.
 */
@ApplicationScoped
public class FulfillmentStatusSyncJob implements JobDescription {

    public static final String NAME = "fulfillment-status-sync";
    /** The system of a run that names none: runs started before the job read other ERPs read NetSuite. */
    static final String LEGACY_SYSTEM = "netsuite";

    @Inject
    Instance<FulfillmentSource> sources;

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
        return "Shipments changed in the ERP since the last run (NetSuite item fulfillments, SAP outbound deliveries, "
                + "D365 packing slips): each shipped Order in Salesforce gets the status, every tracking number and "
                + "the latest ship date of all its shipments.";
    }

    @Override
    public List<JobParameter> parameters() {
        return List.of(
                ErpPorts.parameter(sources, defaultSystem, "the ERP whose shipments are read; each ERP has its own "
                        + "watermark"),
                JobParameter.number("pageSize", 500, 1, 1000, "fulfillments read from the ERP per query page"),
                JobParameter.number("chunkSize", 200, 1, 200, "fulfillments per chunk: one transaction, one checkpoint, "
                        + "at most one Salesforce call"),
                JobParameter.number("skipLimit", 1000, 0, 1_000_000, "fulfillments the run may skip before it fails"));
    }
}
