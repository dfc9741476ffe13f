package org.o2cbridge.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A sales order from the ERP's history as it is loaded into Salesforce: the ERP's unique key of
 * the order ({@code erpId}, Salesforce's {@code Order.ERP_External_Id__c}), its document number,
 * the ERP id of its customer (the Account's {@code ERP_Customer_Id__c}), and its lines.
 */
public record HistoricalOrder(String erpId, String orderNumber, String customerErpId, LocalDate orderDate,
                              String currency, String status, BigDecimal total, String poNumber,
                              List<HistoricalOrderLine> lines) {

    public HistoricalOrder {
        lines = List.copyOf(lines);
    }

    /** How the order is named in skipped-record lists and reports. */
    public String key() {
        return "order " + orderNumber + " (" + erpId + ")";
    }
}
