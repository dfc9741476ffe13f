package org.o2cbridge.billing;

/**
 * A billing document ready for Salesforce: linked to the Salesforce Order and Account (absent for
 * payments, which name their invoice), with the Salesforce status it shows.
 */
public record BillingRecord(BillingDocument document, String sfOrderId, String sfAccountId, String sfStatus) {
}
