package org.o2cbridge.sandbox.netsuite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.o2cbridge.sandbox.control.SimulatedSystem;
import org.o2cbridge.sandbox.netsuite.auth.TbaAuthentication;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteAccount;
import org.o2cbridge.sandbox.netsuite.record.RecordService;
import org.o2cbridge.sandbox.netsuite.billing.BillingHistory;
import org.o2cbridge.sandbox.netsuite.fulfillment.FulfillmentHistory;
import org.o2cbridge.sandbox.netsuite.history.OrderHistory;
import org.o2cbridge.sandbox.netsuite.record.RecordType;
import org.o2cbridge.sandbox.traffic.SandboxTraffic;

/**
 * Joins the NetSuite simulator to the sandbox: seeds the default item catalog at start-up, and on
 * a sandbox reset forgets every record, the billing history, the item fulfillments, the sales-order history plan and every used nonce, puts the catalog back, and returns the
 * traffic handling (faults, limit, latency, counters) to its configured start.
 */
@ApplicationScoped
public class NetSuiteSimulator implements SimulatedSystem {

    @Inject
    RecordService records;

    @Inject
    NetSuiteAccount account;

    @Inject
    TbaAuthentication authentication;

    @Inject
    SandboxTraffic traffic;

    @Inject
    BillingHistory billing;

    @Inject
    FulfillmentHistory fulfillments;

    @Inject
    OrderHistory history;

    void seedAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        records.resetAccount();
    }

    @Override
    public String systemName() {
        return SandboxTraffic.NETSUITE;
    }

    @Override
    public void reset() {
        records.resetAccount();
        billing.clear();
        fulfillments.clear();
        history.clear();
        authentication.forgetNonces();
        traffic.of(SandboxTraffic.NETSUITE).reset();
    }

    @Override
    public Map<String, Integer> recordCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            counts.put(type.apiName(), account.count(type));
        }
        counts.put("billingDocument", billing.documents().size());
        counts.put("itemFulfillment", fulfillments.documents().size());
        counts.put("historyOrder", (int) history.orders());
        return counts;
    }
}
