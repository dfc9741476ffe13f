package org.o2cbridge.connector;

import java.util.Collection;
import java.util.Map;
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
     * call, for a customer the ERP already knows. The ERP prices the lines. Answers the order's
     * internal id and, where the ERP's answer to the write carries them (SAP, Dynamics 365), its
     * number and status; where it does not (NetSuite answers 204 with a {@code Location}), number
     * and status are null and {@link #readOrderNumbers} reads them, for many orders at once.
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

    /**
     * Numbers and statuses of sales orders, by internal id, read in as few calls as the ERP allows
     * (NetSuite: one SuiteQL query for up to 1000 orders). An order the ERP does not show (yet) is
     * absent from the answer. Needed only by adapters whose {@link #upsertSalesOrder} answers no
     * number; the others keep this default, which refuses.
     */
    default Map<String, ErpReference> readOrderNumbers(Collection<String> internalIds) {
        throw new RejectedCallException(system(), null, "NOT_SUPPORTED",
                "The " + system() + " adapter answers order numbers when it writes the order; it does not read them later",
                null);
    }

    /** The sales order keyed on this Salesforce Order Id, if the ERP has it. */
    Optional<ErpReference> findSalesOrder(String sfOrderId);
}
