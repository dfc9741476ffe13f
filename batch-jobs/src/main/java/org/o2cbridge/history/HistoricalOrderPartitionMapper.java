package org.o2cbridge.history;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.jobs.JobEstimates;

import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Cuts the run's date range into {@code partitions} ranges of whole days, each read and loaded by
 * a thread of its own. On a restart the batch runtime keeps the first run's plan and reruns only
 * the partitions that had not completed, each from its last checkpoint. How many orders the whole
 * range holds is asked of the ERP once, for the run's progress; a run goes on without it when
 * the ERP cannot tell.
 */
@Named("historicalOrderPartitionMapper")
@Dependent
public class HistoricalOrderPartitionMapper implements PartitionMapper {

    private static final Logger LOG = Logger.getLogger(HistoricalOrderPartitionMapper.class.getName());

    @Inject
    OrderHistorySource source;

    @Inject
    JobEstimates estimates;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = "from")
    String from;

    @Inject
    @BatchProperty(name = "to")
    String to;

    @Inject
    @BatchProperty(name = "partitions")
    String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        DateRange range = HistoricalOrderMigrationJob.range(from, to);
        try {
            estimates.expect(job.getExecutionId(), job.getJobName(), source.count(range));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Run " + job.getExecutionId() + " of " + job.getJobName()
                    + " goes on without an estimate: counting the orders of " + range + " failed: " + e.getMessage());
        }
        List<DateRange> ranges = range.split(Integer.parseInt(partitions.strip()));
        Properties[] properties = new Properties[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            properties[i] = new Properties();
            properties[i].setProperty("from", ranges.get(i).from().toString());
            properties[i].setProperty("to", ranges.get(i).to().toString());
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(ranges.size());
        plan.setThreads(ranges.size());
        plan.setPartitionProperties(properties);
        return plan;
    }
}
