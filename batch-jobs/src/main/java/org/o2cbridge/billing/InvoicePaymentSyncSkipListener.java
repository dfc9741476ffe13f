package org.o2cbridge.billing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.jobs.ErpPorts;
import org.o2cbridge.jobs.ErpWatermark;
import org.o2cbridge.jobs.SkippedRecords;

/**
 * Records why a document was skipped, in the chunk's transaction, and lets the watermark pass it:
 * the next run does not read it again.
 */
@Named("invoicePaymentSyncSkipListener")
@Dependent
public class InvoicePaymentSyncSkipListener implements SkipProcessListener {

    @Inject
    SkippedRecords skipped;

    @Inject
    ErpWatermark watermark;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = ErpPorts.PARAMETER)
    String erp;

    @Override
    public void onSkipProcessItem(Object item, Exception reason) {
        BillingDocument document = (BillingDocument) item;
        skipped.record(job.getExecutionId(), job.getJobName(), step.getStepName(), document.key(),
                SkippedRecords.SKIPPED, reason.getMessage());
        watermark.advance(job.getJobName(), erp, document.lastModified());
    }
}
