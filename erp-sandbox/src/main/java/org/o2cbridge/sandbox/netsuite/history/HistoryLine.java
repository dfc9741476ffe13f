package org.o2cbridge.sandbox.netsuite.history;

import java.math.BigDecimal;

/**
 * One item line of a generated historical sales order: its line number (1…) within the order,
 * NetSuite's account-wide {@code uniquekey}, the item (internal id and {@code itemid}), the quantity
 * (positive, as on the record), the rate and the amount ({@code quantity * rate}).
 */
public record HistoryLine(int line, long uniqueKey, long itemId, String itemName, int quantity, BigDecimal rate,
                          BigDecimal amount) {
}
