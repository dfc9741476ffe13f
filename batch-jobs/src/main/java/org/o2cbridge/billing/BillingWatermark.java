package org.o2cbridge.billing;

import java.time.Instant;

/**
 * How far a job has taken the ERP's changes. It moves only forward, and only in the transaction
 * of a chunk, so it never passes a change that was not committed.
 */
public interface BillingWatermark {

    Instant current(String jobName);

    void advance(String jobName, Instant to);
}
