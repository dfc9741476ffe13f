package org.o2cbridge.jobs;

/**
 * Where a job says how many records it expects to handle and how many it has handled so far, for
 * progress bars; a job that cannot tell in advance says nothing.
 */
public interface JobEstimates {

    void expect(long executionId, String jobName, long total);

    /** Adds {@code count} records to what the execution has done. */
    void done(long executionId, long count);
}
