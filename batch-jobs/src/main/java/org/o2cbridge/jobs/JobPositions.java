package org.o2cbridge.jobs;

import java.util.Map;

/**
 * Where a job keeps its committed position in the application's own tables, beside the batch
 * runtime's checkpoint: per execution and part of the work (a partition's date range), the key
 * of the last record committed ({@code ""} before the first). A stale execution's positions let
 * the execution that resumes it carry on where it stopped, which the runtime's own checkpoints
 * cannot do for a new execution.
 */
public interface JobPositions {

    /** The execution's positions by part, in the parts' order. */
    Map<String, String> of(long executionId);

    /** Records a part's position, in the caller's transaction (the chunk's, for a chunk's last key). */
    void save(long executionId, String jobName, String part, String position);

    /** The job parameter that names the stale execution a resume takes over from. */
    String RESUMES = "resumes";
}
