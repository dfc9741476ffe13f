package org.o2cbridge.sandbox.netsuite.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One generated historical sales order, as NetSuite would show the record: its internal id, order
 * number, date, customer, currency, status (NetSuite's letter and display name), customer PO number,
 * last change, total and item lines (positive quantities, as on the record).
 */
public record HistoryOrder(long index, long id, String tranId, LocalDate tranDate, long customerId, String customerName,
                           String currencyId, String currency, String statusId, String status, String otherRefNum,
                           Instant lastModified, BigDecimal total, List<HistoryLine> lines) {

    /** The internal id as SuiteQL answers it. */
    public String idText() {
        return Long.toString(id);
    }
}
