package org.o2cbridge.reconciliation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An activated Salesforce Order as the reconciliation reads it: its Id, number, account, status,
 * the ERP number and sync status the bridge wrote back, its total ({@code null} where the query
 * carries none: then amounts are not compared) and its legal entity, which chooses its ERP.
 */
public record SalesforceOrder(String id, String orderNumber, String accountId, String status, String erpOrderNumber,
                              String syncStatus, BigDecimal total, String legalEntity) implements Serializable {

    public static final String SYNCED = "Synced";

    /** An order without a legal entity (it goes to the default ERP). */
    public SalesforceOrder(String id, String orderNumber, String accountId, String status, String erpOrderNumber,
                           String syncStatus, BigDecimal total) {
        this(id, orderNumber, accountId, status, erpOrderNumber, syncStatus, total, null);
    }
}
