package org.o2cbridge.billing;

import java.math.BigDecimal;

/**
 * Turns an ERP billing document into the record Salesforce gets: an invoice or credit memo needs
 * the Salesforce Order of its sales order (the Account comes from its customer, or is left out);
 * a payment names its invoice by the invoice's ERP id and carries its customer's Account, and
 * needs one of the two: a payment on account (applied to no invoice) of a customer the bridge
 * knows is the customer's unapplied cash, one of neither is skipped. ERP statuses become the
 * package's picklist values.
 */
public final class BillingLinker {

    private final PageLinks links;

    public BillingLinker(PageLinks links) {
        this.links = links;
    }

    public BillingRecord link(BillingDocument document) {
        if (document.kind() == BillingDocument.Kind.PAYMENT) {
            String account = account(document);
            if (document.appliedToErpId() == null && account == null) {
                throw new UnlinkedDocumentException(document.erpCustomerId() == null
                        ? "The payment is applied to no invoice and names no customer."
                        : "The payment is applied to no invoice, and its customer " + document.erpCustomerId()
                                + " came from no Salesforce account the bridge knows.");
            }
            return new BillingRecord(document, null, account, null);
        }
        if (document.erpOrderId() == null) {
            throw new UnlinkedDocumentException("The " + document.key() + " was made from no sales order.");
        }
        String order = links.salesforceOrder(document.erpOrderId()).orElseThrow(() -> new UnlinkedDocumentException(
                "The " + document.key() + " belongs to sales order " + document.erpOrderId()
                        + ", which came from no Salesforce order the bridge knows."));
        return new BillingRecord(document, order, account(document), status(document));
    }

    /** The Salesforce Account of the document's customer; null when it names none the bridge knows. */
    private String account(BillingDocument document) {
        return document.erpCustomerId() == null ? null
                : links.salesforceAccount(document.erpCustomerId()).orElse(null);
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
