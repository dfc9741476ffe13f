package org.o2cbridge.history;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.jobs.JobPositions;
import org.o2cbridge.jobs.SkippedRecords;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a chunk of historical orders into Salesforce (orders, then their lines) and records, in
 * the chunk's transaction, each record Salesforce refused with Salesforce's error (a rejected
 * record of the run, and a dead letter per refused order, see {@link RefusedOrders}) and the
 * partition's new position (its last key); the rest of the run goes on. A dry run writes nothing. Either way the chunk's counts go to the partition's
 * {@link MigrationTally} in the step's transient data, which {@link HistoricalOrderCollector}
 * hands on.
 */
@Named("historicalOrderWriter")
@Dependent
public class HistoricalOrderWriter extends AbstractItemWriter {

    @Inject
    OrderHistoryTarget target;

    @Inject
    SkippedRecords skipped;

    @Inject
    RefusedOrders refused;

    @Inject
    JobPositions positions;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "dryRun")
    String dryRun;

    @Inject
    @BatchProperty(name = "from")
    String from;

    @Inject
    @BatchProperty(name = "to")
    String to;

    @Override
    public void writeItems(List<Object> items) {
        List<HistoricalOrder> orders = items.stream().map(HistoricalOrder.class::cast).toList();
        MigrationTally tally = tally();
        orders.forEach(tally::read);
        if (!orders.isEmpty()) {
            positions.save(job.getExecutionId(), job.getJobName(), from + "/" + to, orders.get(orders.size() - 1).erpId());
        }
        if (Boolean.parseBoolean(dryRun == null ? "false" : dryRun.strip())) {
            return;
        }
        Map<HistoricalOrder, StringBuilder> errorsByOrder = new LinkedHashMap<>();
        for (OrderHistoryTarget.Rejection rejection : target.load(orders)) {
            if (rejection.recordKey().equals(rejection.order().key())) {
                tally.rejectedOrder(rejection.order());
            } else {
                tally.rejectedLine();
            }
            skipped.record(job.getExecutionId(), job.getJobName(), step.getStepName(), rejection.recordKey(),
                    SkippedRecords.REJECTED, rejection.error());
            StringBuilder errors = errorsByOrder.computeIfAbsent(rejection.order(), order -> new StringBuilder());
            errors.append(errors.isEmpty() ? "" : "; ").append(rejection.recordKey()).append(": ").append(rejection.error());
        }
        errorsByOrder.forEach((order, errors) -> refused.setAside(order, errors.toString()));
    }

    private MigrationTally tally() {
        if (!(step.getTransientUserData() instanceof MigrationTally tally)) {
            MigrationTally fresh = new MigrationTally();
            step.setTransientUserData(fresh);
            return fresh;
        }
        return tally;
    }
}
