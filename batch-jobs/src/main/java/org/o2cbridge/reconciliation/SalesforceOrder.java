package org.o2cbridge.reconciliation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An activated Salesforce Order as the reconciliation reads it: its Id, number, account, status,
 * the ERP number and sync status the bridge wrote back, and its total ({@code null} where the
 * query carries none: then amounts are not compared).
 */
public record SalesforceOrder(String id, String orderNumber, String accountId, String status, String erpOrderNumber,
                              String syncStatus, BigDecimal total) implements Serializable {

    public static final String SYNCED = "Synced";
}
