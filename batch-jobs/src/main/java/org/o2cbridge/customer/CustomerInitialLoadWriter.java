package org.o2cbridge.customer;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.jobs.ErpPorts;
import org.o2cbridge.jobs.JobEstimates;
import org.o2cbridge.jobs.JobPositions;
import org.o2cbridge.jobs.SkippedRecords;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * Upserts a chunk of accounts as ERP customers, then, in the chunk's transaction, links each
 * customer the ERP took to its account (the cross-references), records each one it refused with the
 * ERP's code and message, saves the reader's position for a resume and counts the chunk into the
 * run's {@link LoadTally}, which the exit status says. A dry run only counts.
 */
@Named("customerInitialLoadWriter")
@Dependent
public class CustomerInitialLoadWriter extends AbstractItemWriter {

    @Inject
    Instance<CustomerTarget> targets;

    @Inject
    CustomerLinks links;

    @Inject
    SkippedRecords skipped;

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

    @Inject
    @BatchProperty(name = ErpPorts.PARAMETER)
    String erp;

    @Inject
    @BatchProperty(name = CustomerInitialLoadJob.LEGAL_ENTITY)
    String legalEntity;

    /**
     * Says the run's outcome from the start, so a run that finds no account says so too; a
     * restarted run counts what its run did before towards its progress.
     */
    @Override
    public void open(Serializable checkpoint) {
        LoadTally tally = step.getPersistentUserData() instanceof LoadTally kept ? kept : new LoadTally();
        if (tally.read() > 0) {
            estimates.done(job.getExecutionId(), tally.read());
        }
        job.setExitStatus(tally.describe(dry(), ErpPorts.displayName(erp)));
    }

    @Override
    public void writeItems(List<Object> items) {
        List<SalesforceAccount> accounts = items.stream().map(SalesforceAccount.class::cast).toList();
        boolean dry = dry();
        LoadTally tally = step.getPersistentUserData() instanceof LoadTally kept ? kept : new LoadTally();
        tally.read(accounts.size());
        if (!dry && !accounts.isEmpty()) {
            CustomerTarget target = ErpPorts.select(targets, erp);
            List<CustomerTarget.Outcome> outcomes = target.upsert(accounts, legalEntity == null ? "" : legalEntity.strip());
            for (int i = 0; i < accounts.size(); i++) {
                SalesforceAccount account = accounts.get(i);
                CustomerTarget.Outcome outcome = i < outcomes.size() ? outcomes.get(i) : null;
                if (outcome != null && outcome.success()) {
                    links.link(target.system(), account.id(), outcome.internalId());
                    tally.addLoaded();
                } else {
                    skipped.record(job.getExecutionId(), job.getJobName(), step.getStepName(), account.key(),
                            SkippedRecords.REJECTED, outcome == null ? target.system() + " gave no outcome for it"
                                    : outcome.code() + ": " + outcome.message());
                    tally.addRefused();
                }
            }
        }
        if (step.getTransientUserData() instanceof Supplier<?> position && position.get() instanceof AccountPosition at) {
            positions.save(job.getExecutionId(), job.getJobName(), CustomerInitialLoadReader.PART, at.asText());
        }
        estimates.done(job.getExecutionId(), accounts.size());
        step.setPersistentUserData(tally);
        job.setExitStatus(tally.describe(dry, ErpPorts.displayName(erp)));
    }

    private boolean dry() {
        return Boolean.parseBoolean(dryRun == null ? "false" : dryRun.strip());
    }
}
