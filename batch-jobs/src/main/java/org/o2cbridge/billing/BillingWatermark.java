package org.o2cbridge.billing;

import java.time.Instant;

/**
 * How far a job has taken an ERP's changes, one watermark per job and ERP ({@code system}): a shop
 * with two ERPs runs the job once per ERP, and each run moves only its ERP's watermark. It moves
 * only forward, and only in the transaction of a chunk, so it never passes a change that was not
 * committed.
 */
public interface BillingWatermark {

    /** The ERP of the jobs that read NetSuite only; their watermarks are NetSuite's. */
    String NETSUITE = "netsuite";

    Instant current(String jobName, String system);

    void advance(String jobName, String system, Instant to);

    /** The watermark of a job that reads NetSuite only. */
    default Instant current(String jobName) {
        return current(jobName, NETSUITE);
    }

    /** Moves the watermark of a job that reads NetSuite only. */
    default void advance(String jobName, Instant to) {
        advance(jobName, NETSUITE, to);
    }
}
