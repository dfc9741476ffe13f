package org.o2cbridge.fulfillment;

import jakarta.enterprise.context.ApplicationScoped;
import org.o2cbridge.jobs.JobDescription;
import org.o2cbridge.jobs.JobParameter;

import java.util.List;

/** The job that brings the ERP's item fulfillments to the Salesforce Orders they ship, every quarter hour. */
@ApplicationScoped
public class FulfillmentStatusSyncJob implements JobDescription {

    public static final String NAME = "fulfillment-status-sync";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "Item fulfillments changed in the ERP since the last run: each shipped Order in Salesforce gets the "
                + "status, every tracking number and the latest ship date of all its fulfillments.";
    }

    @Override
    public List<JobParameter> parameters() {
        return List.of(
                JobParameter.number("pageSize", 500, 1, 1000, "fulfillments read from the ERP per query page"),
                JobParameter.number("chunkSize", 200, 1, 200, "fulfillments per chunk: one transaction, one checkpoint, "
                        + "at most one Salesforce call"),
                JobParameter.number("skipLimit", 1000, 0, 1_000_000, "fulfillments the run may skip before it fails"));
    }
}
