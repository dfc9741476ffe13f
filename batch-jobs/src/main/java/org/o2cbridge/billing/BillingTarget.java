package org.o2cbridge.billing;

import java.util.List;

/**
 * Salesforce's invoices and payments, upserted by their ERP id: one outcome per record, in the
 * records' order. A refused record is an outcome, not an exception; a call that fails as a whole
 * throws.
 */
public interface BillingTarget {

    List<UpsertOutcome> upsert(List<BillingRecord> records);

    /** How Salesforce took one record: its error code and message when it refused it. */
    record UpsertOutcome(String erpId, boolean success, String statusCode, String message) {
    }
}
