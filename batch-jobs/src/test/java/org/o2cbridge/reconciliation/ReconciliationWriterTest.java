package org.o2cbridge.reconciliation;

import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import org.junit.jupiter.api.Test;
import org.o2cbridge.customer.AccountPosition;
import org.o2cbridge.jobs.JobEstimates;
import org.o2cbridge.jobs.JobPositions;

import java.io.Serializable;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The writer against a fake ERP and bridge: a chunk's findings are acted on and reported, the
 * exit status counts them; a dry run queues nothing and says what it would have done.
 */
class ReconciliationWriterTest {

    private final Map<String, Object> values = new HashMap<>();
    private final List<String> enqueued = new ArrayList<>();
    private final List<Finding> reported = new ArrayList<>();
    private final Map<String, String> positions = new HashMap<>();

    private final BridgeOrders bridge = new BridgeOrders() {
        @Override
        public Map<String, State> states(Collection<String> sfOrderIds) {
            return Map.of("801A2", new State(true, false, false, false, null),
                    "801A3", new State(true, false, false, false, "900000003"));
        }

        @Override
        public boolean enqueueSync(String sfOrderId) {
            return enqueued.add("sync " + sfOrderId);
        }

        @Override
        public boolean enqueueWriteBack(ErpOrder erpOrder) {
            return enqueued.add("write-back " + erpOrder.sfOrderId() + " " + erpOrder.number());
        }
    };

    private ReconciliationWriter writer(String dryRun) {
        ReconciliationWriter writer = new ReconciliationWriter();
        writer.erp = ids -> Map.of("801A1", new ErpOrder("801A1", "900000001", "SO1", "Billed", null),
                "801A3", new ErpOrder("801A3", "900000003", "SO3", "Pending Billing", null));
        writer.bridge = bridge;
        writer.report = (execution, finding) -> reported.add(finding);
        writer.positions = new JobPositions() {
            @Override
            public Map<String, String> of(long executionId) {
                return positions;
            }

            @Override
            public void save(long executionId, String jobName, String part, String position) {
                positions.put(part, position);
            }
        };
        writer.estimates = new JobEstimates() {
            @Override
            public void expect(long executionId, String jobName, long total) {
            }

            @Override
            public void done(long executionId, long count) {
            }
        };
        writer.job = (JobContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JobContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getExecutionId" -> 7L;
                    case "getJobName" -> ReconciliationJob.NAME;
                    case "setExitStatus" -> values.put("exitStatus", args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        writer.step = (StepContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {StepContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getTransientUserData" -> values.get("transient");
                    case "getPersistentUserData" -> (Serializable) values.get("persistent");
                    case "setPersistentUserData" -> values.put("persistent", args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        writer.dryRun = dryRun;
        values.put("transient", (Supplier<AccountPosition>) () -> new AccountPosition("750Q1", null, 3));
        return writer;
    }

    private static List<Object> orders() {
        return List.of(new SalesforceOrder("801A1", "00000101", "001A", "Activated", "SO1", "Synced", null),
                new SalesforceOrder("801A2", "00000102", "001A", "Activated", null, null, null),
                new SalesforceOrder("801A3", "00000103", "001A", "Activated", null, "Pending", null));
    }

    @Test
    void queuesTheRepairsAndReportsEveryFinding() {
        ReconciliationWriter writer = writer("false");
        writer.open(null);
        writer.writeItems(orders());
        assertEquals(List.of("sync 801A2", "write-back 801A3 SO3"), enqueued);
        assertEquals(List.of(Finding.Kind.MISSING_IN_ERP, Finding.Kind.WRITE_BACK_MISSING),
                reported.stream().map(Finding::kind).toList());
        assertEquals("750Q1||3", positions.get(ReconciliationReader.PART));
        assertEquals("CHECKED 3 orders: 1 missing in ERP (1 enqueued), 1 write-backs missing (1 enqueued), 0 amounts "
                + "differ (amounts not compared: Salesforce gave no totals)", values.get("exitStatus"));
    }

    @Test
    void aDryRunQueuesNothing() {
        ReconciliationWriter writer = writer("true");
        writer.open(null);
        writer.writeItems(orders());
        assertTrue(enqueued.isEmpty(), enqueued.toString());
        assertEquals(2, reported.size());
        assertTrue(reported.stream().allMatch(f -> f.action() == Finding.Action.REPORT_ONLY
                && f.detail().contains("dry run: would enqueue")), reported.toString());
        assertTrue(((String) values.get("exitStatus")).startsWith("DRY RUN: CHECKED 3 orders: 1 missing in ERP "
                + "(1 would be enqueued)"), (String) values.get("exitStatus"));
    }
}
