package org.o2cbridge.history;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.jobs.ErpPorts;
import org.o2cbridge.jobs.JobEstimates;
import org.o2cbridge.jobs.JobPositions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Cuts the run's date range into {@code partitions} ranges of whole days, each read and loaded by
 * a thread of its own, and records each range's position ({@link JobPositions}) as it starts.
 * On a restart the batch runtime keeps the first run's plan and reruns only the partitions that
 * had not completed, each from its last checkpoint. A resume of a stale execution (its id in the
 * {@value JobPositions#RESUMES} parameter) takes that execution's ranges and positions instead, so
 * every range carries on after its last committed order. How many orders the whole range holds is
 * asked of the run's ERP ({@code erp}) once, for the run's progress; a run goes on without it when the ERP cannot tell.
 */
@Named("historicalOrderPartitionMapper")
@Dependent
public class HistoricalOrderPartitionMapper implements PartitionMapper {

    private static final Logger LOG = Logger.getLogger(HistoricalOrderPartitionMapper.class.getName());

    @Inject
    Instance<OrderHistorySource> sources;

    /** The ERP the run reads ({@link ErpPorts#PARAMETER}). */
    @Inject
    @BatchProperty(name = ErpPorts.PARAMETER)
    String erp;

    @Inject
    JobEstimates estimates;

    @Inject
    JobPositions positions;

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

    @Inject
    @BatchProperty(name = "resumes")
    String resumes;

    @Override
    public PartitionPlan mapPartitions() {
        OrderHistorySource source = ErpPorts.select(sources, erp);
        Map<DateRange, String> plan = resumes == null || resumes.isBlank() ? new LinkedHashMap<>()
                : taken(positions.of(Long.parseLong(resumes.strip())));
        if (plan.isEmpty()) {
            HistoricalOrderMigrationJob.range(from, to).split(Integer.parseInt(partitions.strip()))
                    .forEach(range -> plan.put(range, ""));
        }
        List<DateRange> ranges = new ArrayList<>(plan.keySet());
        DateRange whole = new DateRange(ranges.get(0).from(), ranges.get(ranges.size() - 1).to());
        try {
            estimates.expect(job.getExecutionId(), job.getJobName(), source.count(whole));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Run " + job.getExecutionId() + " of " + job.getJobName()
                    + " goes on without an estimate: counting the orders of " + whole + " failed: " + e.getMessage());
        }
        Properties[] properties = new Properties[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            DateRange range = ranges.get(i);
            positions.save(job.getExecutionId(), job.getJobName(), part(range), plan.get(range));
            properties[i] = new Properties();
            properties[i].setProperty("from", range.from().toString());
            properties[i].setProperty("to", range.to().toString());
            properties[i].setProperty("after", plan.get(range));
        }
        PartitionPlanImpl partitionPlan = new PartitionPlanImpl();
        partitionPlan.setPartitions(ranges.size());
        partitionPlan.setThreads(ranges.size());
        partitionPlan.setPartitionProperties(properties);
        return partitionPlan;
    }

    /** A range as positions name it: {@code 2020-01-01/2021-01-01}. */
    static String part(DateRange range) {
        return range.from() + "/" + range.to();
    }

    private static Map<DateRange, String> taken(Map<String, String> stale) {
        Map<DateRange, String> plan = new LinkedHashMap<>();
        stale.forEach((part, position) -> {
            String[] dates = part.split("/");
            plan.put(new DateRange(LocalDate.parse(dates[0]), LocalDate.parse(dates[1])), position);
        });
        return plan;
    }
}
