package org.o2cbridge.billing;

import java.math.BigDecimal;

/**
 * Turns an ERP billing document into the record Salesforce gets: an invoice or credit memo needs
 * the Salesforce Order of its sales order (the Account comes from its customer, or is left out);
 * a payment names its invoice by the invoice's ERP id. ERP statuses become the package's picklist
 * values.
 */
public final class BillingLinker {

    private final PageLinks links;

    public BillingLinker(PageLinks links) {
        this.links = links;
    }

    public BillingRecord link(BillingDocument document) {
        if (document.kind() == BillingDocument.Kind.PAYMENT) {
            if (document.appliedToErpId() == null) {
                throw new UnlinkedDocumentException("The payment is applied to no invoice.");
            }
            return new BillingRecord(document, null, null, null);
        }
        if (document.erpOrderId() == null) {
            throw new UnlinkedDocumentException("The " + document.key() + " was made from no sales order.");
        }
        String order = links.salesforceOrder(document.erpOrderId()).orElseThrow(() -> new UnlinkedDocumentException(
                "The " + document.key() + " belongs to sales order " + document.erpOrderId()
                        + ", which came from no Salesforce order the bridge knows."));
        String account = document.erpCustomerId() == null ? null
                : links.salesforceAccount(document.erpCustomerId()).orElse(null);
        return new BillingRecord(document, order, account, status(document));
    }

    static String status(BillingDocument document) {
        String erp = document.status() == null ? "" : document.status();
        if (erp.equalsIgnoreCase("Paid In Full") || erp.equalsIgnoreCase("Fully Applied")) {
            return "Paid";
        }
        if (erp.equalsIgnoreCase("Voided") || erp.equalsIgnoreCase("Cancelled")) {
            return "Cancelled";
        }
        if (erp.equalsIgnoreCase("Partially Paid")) {
            return "Partially Paid";
        }
        BigDecimal remaining = document.amountRemaining();
        if (remaining != null && document.amount() != null && remaining.signum() != 0
                && remaining.abs().compareTo(document.amount().abs()) < 0) {
            return "Partially Paid";
        }
        return "Open";
    }
}
