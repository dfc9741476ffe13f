package org.o2cbridge.customer;

/**
 * Salesforce's Accounts through one query job: {@link #query} starts it and waits until Salesforce
 * has run it; {@link #page} reads its results a page at a time, each page opened at a locator
 * Salesforce gave (none for the first) and read record by record as it arrives.
 */
public interface AccountSource {

    /** A query job that has completed, and how many records it found. */
    record QueryJob(String id, long records) {
    }

    QueryJob query();

    /**
     * The query job as Salesforce has it now, for a run that goes on reading it; throws
     * {@link QueryJobGoneException} when Salesforce no longer has it.
     */
    QueryJob job(String jobId);

    /**
     * The page of the job's results that starts at {@code locator} (null: the first), at most
     * {@code maxRecords} long. Throws {@link QueryJobGoneException} when Salesforce no longer
     * has the job.
     */
    AccountPage page(String jobId, String locator, int maxRecords);
}
