package org.o2cbridge.history;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Properties;

/**
 * Cuts the run's date range into {@code partitions} ranges of whole days, each read and loaded by
 * a thread of its own. On a restart the batch runtime keeps the first run's plan and reruns only
 * the partitions that had not completed, each from its last checkpoint.
 */
@Named("historicalOrderPartitionMapper")
@Dependent
public class HistoricalOrderPartitionMapper implements PartitionMapper {

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
        List<DateRange> ranges = HistoricalOrderMigrationJob.range(from, to).split(Integer.parseInt(partitions.strip()));
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
