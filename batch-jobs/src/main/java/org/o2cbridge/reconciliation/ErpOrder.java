package org.o2cbridge.reconciliation;

import java.math.BigDecimal;

/** A sales order as the ERP holds it for a Salesforce Order (its external id). */
public record ErpOrder(String sfOrderId, String internalId, String number, String status, BigDecimal total) {
}
