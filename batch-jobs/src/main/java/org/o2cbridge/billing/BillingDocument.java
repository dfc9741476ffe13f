package org.o2cbridge.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An invoice, payment or credit memo as the ERP keeps it. {@code erpOrderId} is the sales order an
 * invoice or credit memo was made from; {@code appliedToErpId} the invoice a payment settles (null
 * for a payment on account, applied to no invoice); {@code erpCustomerId} the customer billed or
 * paying. Absent values are null.
 */
public record BillingDocument(String erpId, Kind kind, String number, String erpOrderId, String erpCustomerId,
                              String appliedToErpId, BigDecimal amount, BigDecimal amountRemaining, String currency,
                              LocalDate date, LocalDate dueDate, String status, String paymentMethod,
                              Instant lastModified) {

    public enum Kind { INVOICE, CREDIT_MEMO, PAYMENT }

    /** How operators and the skipped-record list name the document, e.g. {@code invoice 500000001}. */
    public String key() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + erpId;
    }
}
