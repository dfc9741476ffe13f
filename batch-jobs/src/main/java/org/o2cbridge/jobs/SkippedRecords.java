package org.o2cbridge.jobs;

/**
 * Where a job puts a record it could not take, with the reason, in the chunk's transaction: a
 * {@code skipped} one (the job itself set it aside) or a {@code rejected} one (the target system
 * refused it with its own error).
 */
public interface SkippedRecords {

    String SKIPPED = "skipped";
    String REJECTED = "rejected";

    void record(long executionId, String jobName, String stepName, String recordKey, String kind, String reason);
}
