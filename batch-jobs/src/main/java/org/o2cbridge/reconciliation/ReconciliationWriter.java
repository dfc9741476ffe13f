package org.o2cbridge.reconciliation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.customer.AccountPosition;
import org.o2cbridge.jobs.JobEstimates;
import org.o2cbridge.jobs.JobPositions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Compares a chunk of activated orders: one ERP look-up of their sales orders by external id and
 * one look-up of the bridge's state, then {@link Reconciler}. In the chunk's transaction it queues
 * what the findings call for (nothing in a dry run), keeps every finding in the run's report,
 * saves the reader's position and counts the chunk into the run's {@link ReconciliationTally},
 * which the exit status says.
 */
@Named("reconciliationWriter")
@Dependent
public class ReconciliationWriter extends AbstractItemWriter {

    @Inject
    ErpOrderSource erp;

    @Inject
    BridgeOrders bridge;

    @Inject
    ReconciliationReport report;

    @Inject
    JobPositions positions;

    @Inject
    JobEstimates estimates;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "dryRun")
    String dryRun;

    @Override
    public void open(Serializable checkpoint) {
        ReconciliationTally tally = tally();
        if (tally.checked() > 0) {
            estimates.done(job.getExecutionId(), tally.checked());
        }
        job.setExitStatus(tally.describe(dry()));
    }

    @Override
    public void writeItems(List<Object> items) {
        List<SalesforceOrder> orders = items.stream().map(SalesforceOrder.class::cast).toList();
        boolean dry = dry();
        ReconciliationTally tally = tally();
        tally.checked(orders.size());
        List<String> ids = orders.stream().map(SalesforceOrder::id).toList();
        Map<String, ErpOrder> erpOrders = ids.isEmpty() ? Map.of() : erp.bySalesforceIds(ids);
        Map<String, BridgeOrders.State> states = ids.isEmpty() ? Map.of() : bridge.states(ids);
        for (SalesforceOrder order : orders) {
            ErpOrder erpOrder = erpOrders.get(order.id());
            if (order.total() != null && erpOrder != null && erpOrder.total() != null) {
                tally.compared();
            }
        }
        List<Finding> planned = Reconciler.compare(orders, erpOrders, states);
        List<Finding> acted = act(planned, erpOrders, dry);
        for (int i = 0; i < acted.size(); i++) {
            report.record(job.getExecutionId(), acted.get(i));
            tally.count(dry ? planned.get(i) : acted.get(i));
        }
        if (step.getTransientUserData() instanceof Supplier<?> position && position.get() instanceof AccountPosition at) {
            positions.save(job.getExecutionId(), job.getJobName(), ReconciliationReader.PART, at.asText());
        }
        estimates.done(job.getExecutionId(), orders.size());
        step.setPersistentUserData(tally);
        job.setExitStatus(tally.describe(dry));
    }

    /** Carries out the findings' actions; a dry run or a repair the bridge cannot make leaves a report only. */
    private List<Finding> act(List<Finding> findings, Map<String, ErpOrder> erpOrders, boolean dry) {
        List<Finding> done = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (finding.action() == Finding.Action.REPORT_ONLY) {
                done.add(finding);
            } else if (dry) {
                done.add(finding.withAction(Finding.Action.REPORT_ONLY, "dry run: would "
                        + (finding.action() == Finding.Action.ENQUEUE_SYNC ? "enqueue its sync" : "enqueue its write-back")));
            } else if (finding.action() == Finding.Action.ENQUEUE_SYNC) {
                done.add(bridge.enqueueSync(finding.sfOrderId()) ? finding
                        : finding.withAction(Finding.Action.REPORT_ONLY, "the bridge holds no event of it"));
            } else {
                done.add(bridge.enqueueWriteBack(erpOrders.get(finding.sfOrderId())) ? finding
                        : finding.withAction(Finding.Action.REPORT_ONLY, "the bridge holds no event of it"));
            }
        }
        return done;
    }

    private ReconciliationTally tally() {
        return step.getPersistentUserData() instanceof ReconciliationTally kept ? kept : new ReconciliationTally();
    }

    private boolean dry() {
        return Boolean.parseBoolean(dryRun == null ? "false" : dryRun.strip());
    }
}
