package org.o2cbridge.connector;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A Salesforce order as an ERP sales order: header and every line. No totals and no prices the
 * ERP must honour: the ERP prices the lines from its own price lists. {@code activatedAt} is the
 * activation instant (UTC) when Salesforce sent one; each adapter turns it into a date in its
 * ERP's time zone. {@code paymentTerms} and {@code shippingMethod} are Salesforce's values, which
 * no ERP is sent as they are: each adapter sends the code its mapping rows name.
 */
public record ErpSalesOrder(String sfOrderId, String sfAccountId, String orderNumber, LocalDate effectiveDate,
                            Instant activatedAt, String currency, String poNumber, String legalEntity, String paymentTerms,
                            String shippingMethod, List<Line> lines) {

    /** One line: the item by its product code (the ERP item's external id), quantity and unit. */
    public record Line(String sfOrderItemId, String productCode, BigDecimal quantity, String unitOfMeasure) {

        /** The line as a message names it: its Salesforce id and product code. */
        public String label() {
            return sfOrderItemId + " (product " + productCode + ")";
        }
    }
}
