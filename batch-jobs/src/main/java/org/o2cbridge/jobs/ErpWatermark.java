package org.o2cbridge.jobs;

import java.time.Instant;

/**
 * How far a job has taken one ERP's changes: a mark per job and system, so a job that reads
 * several ERPs resumes each one from its own changes. It moves only forward, and only in the
 * transaction of a chunk, so it never passes a change that was not committed.
 */
public interface ErpWatermark {

    /** The last change of {@code system} the job committed; the epoch when it has none. */
    Instant current(String jobName, String system);

    void advance(String jobName, String system, Instant to);
}
