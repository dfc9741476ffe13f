package org.o2cbridge.reconciliation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The comparison of a page of activated Salesforce Orders with the ERP's sales orders and the
 * bridge's state, without side effects: the findings and the action each one calls for.
 * <ul>
 *   <li>Not in the ERP: nothing while its sync is in the outbox; a dead letter open is reported (the
 *   operator replays or resolves it); an order whose event the bridge accepted is synced again
 *   from that event; one the bridge never received is reported as needing a resend from
 *   Salesforce (its event carries the account's addresses, the lines' products and units, which
 *   the bridge takes only from the package's event).</li>
 *   <li>In the ERP, but Salesforce lacks the ERP number or {@code Synced}: the write-back is queued
 *   unless one (or the sync that ends in one) is in the outbox.</li>
 *   <li>Totals that differ are reported; without a Salesforce total nothing is compared.</li>
 * </ul>
 */
public final class Reconciler {

    private Reconciler() {
    }

    public static List<Finding> compare(List<SalesforceOrder> orders, Map<String, ErpOrder> erp,
                                        Map<String, BridgeOrders.State> states) {
        List<Finding> findings = new ArrayList<>();
        for (SalesforceOrder order : orders) {
            BridgeOrders.State state = states.getOrDefault(order.id(), BridgeOrders.State.UNKNOWN);
            ErpOrder erpOrder = erp.get(order.id());
            if (erpOrder == null) {
                missing(order, state, findings);
                continue;
            }
            writeBack(order, erpOrder, state, findings);
            if (order.total() != null && erpOrder.total() != null && order.total().compareTo(erpOrder.total()) != 0) {
                findings.add(new Finding(order.id(), order.orderNumber(), Finding.Kind.AMOUNT_DIFFERS,
                        "Salesforce total " + order.total().toPlainString() + ", ERP total "
                                + erpOrder.total().toPlainString() + " (sales order " + erpOrder.number() + ")",
                        Finding.Action.REPORT_ONLY));
            }
        }
        return findings;
    }

    private static void missing(SalesforceOrder order, BridgeOrders.State state, List<Finding> findings) {
        if (state.syncInFlight()) {
            return;
        }
        String known = state.xrefErpId() == null ? "" : "; the bridge synced it as ERP id " + state.xrefErpId()
                + ", which the ERP no longer has";
        if (state.syncDead()) {
            findings.add(new Finding(order.id(), order.orderNumber(), Finding.Kind.MISSING_IN_ERP,
                    "not in the ERP; a dead letter of its sync is open: replay or resolve it" + known,
                    Finding.Action.REPORT_ONLY));
        } else if (state.eventHeld()) {
            findings.add(new Finding(order.id(), order.orderNumber(), Finding.Kind.MISSING_IN_ERP,
                    "not in the ERP and not in the outbox; synced again from the order event the bridge accepted" + known,
                    Finding.Action.ENQUEUE_SYNC));
        } else {
            findings.add(new Finding(order.id(), order.orderNumber(), Finding.Kind.MISSING_IN_ERP,
                    "not in the ERP; the bridge never received its order event: needs a resend from Salesforce",
                    Finding.Action.REPORT_ONLY));
        }
    }

    private static void writeBack(SalesforceOrder order, ErpOrder erpOrder, BridgeOrders.State state,
                                  List<Finding> findings) {
        boolean numbered = erpOrder.number() == null ? order.erpOrderNumber() != null
                : erpOrder.number().equals(order.erpOrderNumber());
        boolean synced = SalesforceOrder.SYNCED.equals(order.syncStatus());
        if ((numbered && synced) || state.writeBackInFlight() || state.syncInFlight()) {
            return;
        }
        String detail = "in the ERP as " + erpOrder.number() + " (id " + erpOrder.internalId() + "); Salesforce has "
                + (order.erpOrderNumber() == null ? "no ERP number" : "ERP number " + order.erpOrderNumber())
                + " and sync status " + (order.syncStatus() == null ? "none" : order.syncStatus());
        findings.add(state.eventHeld()
                ? new Finding(order.id(), order.orderNumber(), Finding.Kind.WRITE_BACK_MISSING, detail,
                        Finding.Action.ENQUEUE_WRITE_BACK)
                : new Finding(order.id(), order.orderNumber(), Finding.Kind.WRITE_BACK_MISSING,
                        detail + "; the bridge holds no event of the order to queue a write-back for",
                        Finding.Action.REPORT_ONLY));
    }
}
