package org.o2cbridge.connector;

import java.util.Optional;

/**
 * The one port through which the bridge talks to an ERP. Each ERP (NetSuite, SAP S/4HANA,
 * Dynamics 365) is an adapter in its own {@code connector.<erp>} package; nothing ERP-specific
 * leaks past it. Every write is keyed on the Salesforce id, so repeating a call after a lost
 * answer never creates a second record.
 *
 * <p>Failures: {@link RetryableCallException} for what may succeed later (throttling, 5xx,
 * timeouts, resets), {@link RejectedCallException} for what never will (the ERP's own message).
 */
public interface ErpGateway {

    /** The system name used in outbox rows, cross-references and mappings, e.g. {@code netsuite}. */
    String system();

    /** Creates or updates the customer keyed on the Salesforce Account Id; answers its ERP id. */
    ErpReference upsertCustomer(ErpCustomer customer);

    /**
     * Creates or updates the sales order keyed on the Salesforce Order Id, with all its lines in one
     * call, for a customer the ERP already knows. The ERP prices the lines.
     */
    ErpReference upsertSalesOrder(ErpSalesOrder order, ErpReference customer);

    /**
     * The same, told whether this order may have reached the ERP before: {@code mayExist} is
     * true for a repeated attempt (an earlier one may have got lost after the ERP committed) or an
     * order the bridge synced already. An ERP that numbers orders itself and has no upsert by key
     * (Dynamics 365) then looks the order up before creating it; one that upserts by key ignores it.
     */
    default ErpReference upsertSalesOrder(ErpSalesOrder order, ErpReference customer, boolean mayExist) {
        return upsertSalesOrder(order, customer);
    }

    /** The sales order keyed on this Salesforce Order Id, if the ERP has it. */
    Optional<ErpReference> findSalesOrder(String sfOrderId);
}
