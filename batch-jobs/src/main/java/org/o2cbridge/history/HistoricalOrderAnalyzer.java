package org.o2cbridge.history;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.jobs.JobEstimates;

import java.io.Serializable;

/**
 * Sums the partitions' counts as their chunks commit and says them in the job's exit status: how
 * many orders and lines were loaded and refused, or for a dry run how many would be, with a sample.
 * The sum is kept in the step's persistent data, so a restarted run goes on counting; the orders
 * read also count towards the run's progress.
 */
@Named("historicalOrderAnalyzer")
@Dependent
public class HistoricalOrderAnalyzer extends AbstractPartitionAnalyzer {

    @Inject
    JobContext job;

    @Inject
    JobEstimates estimates;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "dryRun")
    String dryRun;

    @Override
    public void analyzeCollectorData(Serializable data) {
        if (!(data instanceof MigrationTally chunk)) {
            return;
        }
        MigrationTally total = step.getPersistentUserData() instanceof MigrationTally kept ? kept : new MigrationTally();
        total.add(chunk);
        estimates.done(job.getExecutionId(), chunk.orders());
        step.setPersistentUserData(total);
        job.setExitStatus(total.describe(Boolean.parseBoolean(dryRun == null ? "false" : dryRun.strip())));
    }
}
