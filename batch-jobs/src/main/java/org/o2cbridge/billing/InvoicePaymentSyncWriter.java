package org.o2cbridge.billing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.jobs.ErpPorts;
import org.o2cbridge.jobs.ErpWatermark;
import org.o2cbridge.jobs.SkippedRecords;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Upserts a chunk into Salesforce, then, in the chunk's transaction, records each record Salesforce
 * refused (with Salesforce's error) and moves the run's ERP's watermark as far as the documents read cover
 * the ERP's changes ({@link BillingCoverage}).
 */
@Named("invoicePaymentSyncWriter")
@Dependent
public class InvoicePaymentSyncWriter extends AbstractItemWriter {

    @Inject
    BillingTarget target;

    @Inject
    ErpWatermark watermark;

    @Inject
    SkippedRecords skipped;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = ErpPorts.PARAMETER)
    String erp;

    @Override
    public void writeItems(List<Object> items) {
        List<BillingRecord> records = items.stream().map(BillingRecord.class::cast).toList();
        Map<String, BillingDocument> byId = records.stream().map(BillingRecord::document)
                .collect(Collectors.toMap(BillingDocument::erpId, Function.identity(), (a, b) -> a));
        for (BillingTarget.UpsertOutcome outcome : target.upsert(records)) {
            if (!outcome.success()) {
                skipped.record(job.getExecutionId(), job.getJobName(), step.getStepName(),
                        byId.get(outcome.erpId()).key(), SkippedRecords.REJECTED,
                        outcome.statusCode() + ": " + outcome.message());
            }
        }
        if (!records.isEmpty() && step.getTransientUserData() instanceof SyncState state
                && state.complete().instant() != null) {
            watermark.advance(job.getJobName(), erp, state.complete().instant());
        }
    }
}
