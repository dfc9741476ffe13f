package org.o2cbridge.history;

import java.math.BigDecimal;

/**
 * One line of a historical order: the ERP's unique key of the line ({@code OrderItem.ERP_Line_Id__c}),
 * the item's code, and quantity and unit price as the ERP recorded them (quantities positive).
 */
public record HistoricalOrderLine(String erpLineId, String itemCode, BigDecimal quantity, BigDecimal unitPrice) {
}
