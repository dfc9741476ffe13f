package org.o2cbridge.billing;

/**
 * A billing document ready for Salesforce: linked to the Salesforce Order (absent for payments,
 * which name their invoice, if any) and to the Account of its customer (absent when the bridge
 * knows none), with the Salesforce status it shows (absent for payments).
 */
public record BillingRecord(BillingDocument document, String sfOrderId, String sfAccountId, String sfStatus) {
}
