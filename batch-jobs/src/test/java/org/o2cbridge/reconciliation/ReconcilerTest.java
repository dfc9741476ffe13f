package org.o2cbridge.reconciliation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comparison alone: which orders are findings, of what kind, and what each calls for. */
class ReconcilerTest {

    private static final BridgeOrders.State HELD = new BridgeOrders.State(true, false, false, false, "900000001");
    private static final BridgeOrders.State IN_FLIGHT = new BridgeOrders.State(true, true, false, false, null);
    private static final BridgeOrders.State DEAD = new BridgeOrders.State(true, false, true, false, null);
    private static final BridgeOrders.State WRITE_BACK_QUEUED = new BridgeOrders.State(true, false, false, true, "900000001");

    private static SalesforceOrder order(String id, String erpNumber, String syncStatus, String total) {
        return new SalesforceOrder(id, "0000" + id.substring(id.length() - 1), "001A", "Activated", erpNumber, syncStatus,
                total == null ? null : new BigDecimal(total));
    }

    private static ErpOrder erp(String id, String number, String total) {
        return new ErpOrder(id, "900000001", number, "Pending Fulfillment", total == null ? null : new BigDecimal(total));
    }

    @Test
    void aSyncedOrderWithTheSameNumberIsNoFinding() {
        assertTrue(Reconciler.compare(List.of(order("801A1", "SO1", "Synced", null)),
                Map.of("801A1", erp("801A1", "SO1", "10.00")), Map.of("801A1", HELD)).isEmpty());
    }

    @Test
    void anOrderMissingInTheErpIsSyncedAgainFromTheHeldEvent() {
        List<Finding> findings = Reconciler.compare(List.of(order("801A1", null, null, null)), Map.of(),
                Map.of("801A1", HELD));
        assertEquals(1, findings.size());
        assertEquals(Finding.Kind.MISSING_IN_ERP, findings.get(0).kind());
        assertEquals(Finding.Action.ENQUEUE_SYNC, findings.get(0).action());
        assertTrue(findings.get(0).detail().contains("900000001"), findings.get(0).detail());
    }

    @Test
    void anOrderTheBridgeNeverReceivedNeedsAResendFromSalesforce() {
        List<Finding> findings = Reconciler.compare(List.of(order("801A1", null, null, null)), Map.of(), Map.of());
        assertEquals(Finding.Action.REPORT_ONLY, findings.get(0).action());
        assertTrue(findings.get(0).detail().contains("needs a resend from Salesforce"), findings.get(0).detail());
    }

    @Test
    void anOrderOnItsWayIsNoFindingAndADeadLetterIsReported() {
        assertTrue(Reconciler.compare(List.of(order("801A1", null, null, null)), Map.of(), Map.of("801A1", IN_FLIGHT))
                .isEmpty());
        List<Finding> dead = Reconciler.compare(List.of(order("801A1", null, "Failed", null)), Map.of(),
                Map.of("801A1", DEAD));
        assertEquals(Finding.Action.REPORT_ONLY, dead.get(0).action());
        assertTrue(dead.get(0).detail().contains("dead letter"), dead.get(0).detail());
    }

    @Test
    void aMissingOrWrongNumberOrStatusQueuesTheWriteBack() {
        List<Finding> findings = Reconciler.compare(List.of(order("801A1", null, "Synced", null),
                        order("801A2", "SO9", "Synced", null), order("801A3", "SO3", "Pending", null)),
                Map.of("801A1", erp("801A1", "SO1", null), "801A2", erp("801A2", "SO2", null),
                        "801A3", erp("801A3", "SO3", null)),
                Map.of("801A1", HELD, "801A2", HELD, "801A3", HELD));
        assertEquals(List.of("801A1", "801A2", "801A3"), findings.stream().map(Finding::sfOrderId).toList());
        assertTrue(findings.stream().allMatch(f -> f.kind() == Finding.Kind.WRITE_BACK_MISSING
                && f.action() == Finding.Action.ENQUEUE_WRITE_BACK));
    }

    @Test
    void aWriteBackAlreadyQueuedIsNoFindingAndOneWithoutEventIsReportedOnly() {
        assertTrue(Reconciler.compare(List.of(order("801A1", null, null, null)),
                Map.of("801A1", erp("801A1", "SO1", null)), Map.of("801A1", WRITE_BACK_QUEUED)).isEmpty());
        List<Finding> findings = Reconciler.compare(List.of(order("801A1", null, null, null)),
                Map.of("801A1", erp("801A1", "SO1", null)), Map.of());
        assertEquals(Finding.Action.REPORT_ONLY, findings.get(0).action());
    }

    @Test
    void differentTotalsAreReportedAndMissingTotalsNotCompared() {
        List<Finding> findings = Reconciler.compare(List.of(order("801A1", "SO1", "Synced", "100.00"),
                        order("801A2", "SO2", "Synced", "50"), order("801A3", "SO3", "Synced", null)),
                Map.of("801A1", erp("801A1", "SO1", "99.50"), "801A2", erp("801A2", "SO2", "50.00"),
                        "801A3", erp("801A3", "SO3", "1.00")),
                Map.of());
        assertEquals(1, findings.size());
        assertEquals(Finding.Kind.AMOUNT_DIFFERS, findings.get(0).kind());
        assertEquals(Finding.Action.REPORT_ONLY, findings.get(0).action());
        assertTrue(findings.get(0).detail().contains("100.00") && findings.get(0).detail().contains("99.50"));
    }
}
