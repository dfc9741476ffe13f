package org.o2cbridge.reconciliation;

import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import org.junit.jupiter.api.Test;
import org.o2cbridge.customer.AccountPosition;
import org.o2cbridge.jobs.FixedInstance;
import org.o2cbridge.jobs.JobEstimates;
import org.o2cbridge.jobs.JobPositions;

import java.io.Serializable;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.o2cbridge.reconciliation.BridgeOrders.State;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The writer against fake ERPs and bridge: a chunk's findings are acted on and reported, the
 * exit status counts them; a dry run queues nothing and says what it would have done; a chunk of
 * orders of several ERPs makes one look-up per ERP, each order checked against its own ERP, and an
 * order whose ERP cannot be decided is reported as such.
 */
class ReconciliationWriterTest {

    private final Map<String, Object> values = new HashMap<>();
    private final List<String> enqueued = new ArrayList<>();
    private final List<Finding> reported = new ArrayList<>();
    private final Map<String, String> positions = new HashMap<>();
    private final List<String> lookUps = new ArrayList<>();
    private final Map<String, State> states = new HashMap<>(Map.of(
            "801A2", new State(true, false, false, false, null),
            "801A3", new State(true, false, false, false, "900000003", "netsuite")));

    /** A fake ERP holding {@code orders}, noting each look-up as {@code system: ids}. */
    private ErpOrderSource erp(String system, ErpOrder... orders) {
        return new ErpOrderSource() {
            @Override
            public String system() {
                return system;
            }

            @Override
            public Map<String, ErpOrder> bySalesforceIds(Collection<String> sfOrderIds) {
                lookUps.add(system + ": " + String.join(",", sfOrderIds));
                Map<String, ErpOrder> found = new HashMap<>();
                for (ErpOrder order : orders) {
                    if (sfOrderIds.contains(order.sfOrderId())) {
                        found.put(order.sfOrderId(), order);
                    }
                }
                return found;
            }
        };
    }

    private final BridgeOrders bridge = new BridgeOrders() {
        @Override
        public Map<String, State> states(Collection<String> sfOrderIds) {
            return states;
        }

        @Override
        public boolean enqueueSync(String sfOrderId) {
            return enqueued.add("sync " + sfOrderId);
        }

        @Override
        public boolean enqueueWriteBack(String system, ErpOrder erpOrder) {
            return enqueued.add("write-back " + erpOrder.sfOrderId() + " " + erpOrder.number() + " in " + system);
        }
    };

    private ReconciliationWriter writer(String dryRun) {
        ReconciliationWriter writer = new ReconciliationWriter();
        writer.erps = new FixedInstance<>(List.of(
                erp("netsuite", new ErpOrder("801A1", "900000001", "SO1", "Billed", null),
                        new ErpOrder("801A3", "900000003", "SO3", "Pending Billing", null),
                        new ErpOrder("801S2", "900000009", "SO9", "Billed", null)),
                erp("sap", new ErpOrder("801S1", "5000001", "5000001", "Open", null),
                        new ErpOrder("801A1", "5000009", "5000009", "Open", null)),
                erp("d365", new ErpOrder("801D1", "usmf:000101", "000101", "Backorder", null))));
        writer.routes = legalEntity -> legalEntity == null ? OrderRoutes.Route.to("netsuite")
                : switch (legalEntity) {
                    case "DE01" -> OrderRoutes.Route.to("sap");
                    case "USMF" -> OrderRoutes.Route.to("d365");
                    default -> OrderRoutes.Route.undecided("No routing for legal entity " + legalEntity);
                };
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
        assertEquals(List.of("sync 801A2", "write-back 801A3 SO3 in netsuite"), enqueued);
        assertEquals(List.of("netsuite: 801A1,801A2,801A3"), lookUps, "one look-up, in the one ERP of the chunk");
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

    @Test
    void looksEachOrderUpOnceInItsOwnErpAndReportsAnOrderWithoutRoute() {
        states.put("801S2", new State(true, false, false, false, "900000009", "netsuite"));
        ReconciliationWriter writer = writer("false");
        writer.open(null);
        writer.writeItems(List.of(
                new SalesforceOrder("801S1", "00000201", "001B", "Activated", "5000001", "Synced", null, "DE01"),
                new SalesforceOrder("801D1", "00000202", "001C", "Activated", "000101", "Synced", null, "USMF"),
                new SalesforceOrder("801A1", "00000101", "001A", "Activated", "SO1", "Synced", null),
                new SalesforceOrder("801S3", "00000203", "001B", "Activated", null, null, null, "DE01"),
                new SalesforceOrder("801S2", "00000204", "001B", "Activated", "SO9", "Synced", null, "DE01"),
                new SalesforceOrder("801X1", "00000205", "001D", "Activated", null, null, null, "XX99")));
        assertEquals(List.of("sap: 801S1,801S3", "d365: 801D1", "netsuite: 801A1,801S2"), lookUps,
                "one look-up per ERP of the chunk; an order the bridge synced goes by its cross-reference");
        Map<String, Finding> found = reported.stream().collect(Collectors.toMap(Finding::sfOrderId, f -> f));
        assertEquals(Set.of("801S3", "801X1"), found.keySet(), reported.toString());
        assertEquals(Finding.Kind.MISSING_IN_ERP, found.get("801S3").kind());
        assertTrue(found.get("801S3").detail().startsWith("SAP S/4HANA: not in the ERP"), found.get("801S3").detail());
        assertEquals(Finding.Kind.NO_ROUTE, found.get("801X1").kind());
        assertEquals(Finding.Action.REPORT_ONLY, found.get("801X1").action());
        assertTrue(found.get("801X1").detail().contains("No routing for legal entity XX99"), found.get("801X1").detail());
        assertTrue(enqueued.isEmpty(), "801S3: the bridge holds no event of it; " + enqueued);
        assertTrue(((String) values.get("exitStatus")).contains("1 without a route to an ERP"),
                (String) values.get("exitStatus"));
    }

    @Test
    void anOrderWhoseErpHasNoAdapterIsReportedWithoutRoute() {
        ReconciliationWriter writer = writer("false");
        writer.erps = new FixedInstance<>(List.of(erp("netsuite")));
        writer.open(null);
        writer.writeItems(List.of(new SalesforceOrder("801S1", "00000201", "001B", "Activated", null, null, null, "DE01")));
        assertTrue(lookUps.isEmpty(), lookUps.toString());
        assertEquals(List.of(Finding.Kind.NO_ROUTE), reported.stream().map(Finding::kind).toList());
        assertTrue(reported.get(0).detail().contains("'sap' has no reconciliation adapter"), reported.get(0).detail());
    }
}
