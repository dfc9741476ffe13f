package org.o2cbridge.catalog;

import java.util.List;

/**
 * Salesforce's products, upserted by their ERP item ids: one outcome per record, in the records'
 * order. A refused record is an outcome, not an exception; a call that fails as a whole throws.
 */
public interface ProductTarget {

    List<UpsertOutcome> upsert(List<ProductRecord> records);

    /** How Salesforce took one record: the id of the saved record, or its error code and message when it refused it. */
    record UpsertOutcome(String erpItemId, String id, boolean success, String statusCode, String message) {
    }
}
