package org.o2cbridge.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import org.o2cbridge.jobs.JobDescription;
import org.o2cbridge.jobs.JobParameter;

import java.util.List;

/** Compares Salesforce's activated orders with their ERPs and the bridge, and repairs what it can. */
@ApplicationScoped
public class ReconciliationJob implements JobDescription {

    public static final String NAME = "reconciliation";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "Every activated Salesforce Order, read with a Bulk API 2.0 query job, compared with the bridge's "
                + "cross-references and outbox and with the sales orders of the ERP the bridge routes it to (NetSuite, "
                + "SAP S/4HANA or Dynamics 365, by the Order's id): orders missing in "
                + "the ERP are synced again, missing write-backs are queued, differing amounts are reported; every "
                + "finding is kept in the run's report (CSV).";
    }

    @Override
    public List<JobParameter> parameters() {
        return List.of(
                JobParameter.number("pageSize", 2_000, 1, 100_000, "orders per page of the query job's results"),
                JobParameter.number("chunkSize", 200, 1, 1_000, "orders per chunk: one look-up per ERP, one transaction"),
                JobParameter.yesNo("dryRun", false, "report only; enqueue nothing"));
    }
}
