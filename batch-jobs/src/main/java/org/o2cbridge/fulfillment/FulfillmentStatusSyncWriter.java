package org.o2cbridge.fulfillment;

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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Updates the chunk's Orders in Salesforce, each once however many of its fulfillments the chunk
 * holds (the last one's shipment, which covers all of them), then, in the chunk's transaction,
 * records each fulfillment whose Order Salesforce refused (with Salesforce's error) and moves the
 * watermark as far as the fulfillments read cover the ERP's changes.
 */
@Named("fulfillmentStatusSyncWriter")
@Dependent
public class FulfillmentStatusSyncWriter extends AbstractItemWriter {

    @Inject
    FulfillmentTarget target;

    @Inject
    ErpWatermark watermark;

    @Inject
    @BatchProperty(name = ErpPorts.PARAMETER)
    String erp;

    @Inject
    SkippedRecords skipped;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        Map<String, OrderShipment> byOrder = new LinkedHashMap<>();
        Map<String, List<Fulfillment>> fulfillments = new LinkedHashMap<>();
        for (Object item : items) {
            FulfillmentRecord record = (FulfillmentRecord) item;
            String order = record.shipment().sfOrderId();
            byOrder.put(order, record.shipment());
            fulfillments.computeIfAbsent(order, o -> new ArrayList<>()).add(record.fulfillment());
        }
        if (!byOrder.isEmpty()) {
            for (FulfillmentTarget.UpdateOutcome outcome : target.update(List.copyOf(byOrder.values()))) {
                if (!outcome.success()) {
                    for (Fulfillment fulfillment : fulfillments.getOrDefault(outcome.sfOrderId(), List.of())) {
                        skipped.record(job.getExecutionId(), job.getJobName(), step.getStepName(), fulfillment.key(),
                                SkippedRecords.REJECTED, outcome.statusCode() + ": " + outcome.message());
                    }
                }
            }
        }
        if (!items.isEmpty() && step.getTransientUserData() instanceof FulfillmentSyncState state
                && state.complete().instant() != null) {
            watermark.advance(job.getJobName(), FulfillmentStatusSyncJob.system(erp), state.complete().instant());
        }
    }
}
