package org.o2cbridge.reconciliation;

import org.o2cbridge.customer.QueryJobGoneException;

/**
 * Salesforce's activated Orders through one Bulk API 2.0 query job, as {@code AccountSource} reads
 * accounts: {@link #query} starts it and waits until Salesforce has run it, {@link #page} reads a
 * page of its results at a locator.
 */
public interface OrderSource {

    /** A query job that has completed, and how many records it found. */
    record QueryJob(String id, long records) {
    }

    QueryJob query();

    /** The query job as Salesforce has it now; {@link QueryJobGoneException} when it is gone. */
    QueryJob job(String jobId);

    /** The page at {@code locator} (null: the first); {@link QueryJobGoneException} when the job is gone. */
    OrderPage page(String jobId, String locator, int maxRecords);
}
