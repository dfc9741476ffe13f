package org.o2cbridge.sandbox.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.o2cbridge.sandbox.control.SimulatedSystem;
import org.o2cbridge.sandbox.salesforce.auth.AccessTokenRegistry;
import org.o2cbridge.sandbox.salesforce.bulk.IngestJobService;
import org.o2cbridge.sandbox.salesforce.bulk.QueryJobService;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;
import org.o2cbridge.sandbox.traffic.SandboxTraffic;

/**
 * Joins the Salesforce simulator to the sandbox-wide reset: forgets every record, every Bulk API job
 * and every session token, and returns the REST API's traffic handling (faults, limit, latency, counters) to its
 * configured start. Pending order-event retries stop on their own once their order is gone. Record
 * ids keep counting, so an id is never handed out twice.
 */
@ApplicationScoped
public class SalesforceSimulator implements SimulatedSystem {

    @Inject
    SalesforceOrg org;

    @Inject
    AccessTokenRegistry tokens;

    @Inject
    SandboxTraffic traffic;

    @Inject
    IngestJobService ingestJobs;

    @Inject
    QueryJobService queryJobs;

    @Override
    public String systemName() {
        return SandboxTraffic.SALESFORCE;
    }

    @Override
    public void reset() {
        ingestJobs.clear();
        queryJobs.clear();
        org.clear();
        tokens.revokeAll();
        traffic.of(SandboxTraffic.SALESFORCE).reset();
    }

    @Override
    public Map<String, Integer> recordCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SObjectType type : SObjectType.values()) {
            counts.put(type.apiName(), org.count(type));
        }
        return counts;
    }
}
