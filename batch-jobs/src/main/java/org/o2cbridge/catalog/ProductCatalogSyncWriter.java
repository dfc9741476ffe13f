package org.o2cbridge.catalog;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.billing.CompleteThrough;
import org.o2cbridge.jobs.ErpPorts;
import org.o2cbridge.jobs.ErpWatermark;
import org.o2cbridge.jobs.SkippedRecords;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Upserts a chunk of products into Salesforce, then, in the chunk's transaction, records each
 * product Salesforce refused (with Salesforce's error) and moves the watermark as far as the items
 * read cover the ERP's changes ({@link CompleteThrough}).
 */
@Named("productCatalogSyncWriter")
@Dependent
public class ProductCatalogSyncWriter extends AbstractItemWriter {

    @Inject
    ProductTarget target;

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
        List<ProductCatalogSyncProcessor.Mapped> mapped = items.stream()
                .map(ProductCatalogSyncProcessor.Mapped.class::cast).toList();
        Map<String, ErpItem> byId = mapped.stream().map(ProductCatalogSyncProcessor.Mapped::item)
                .collect(Collectors.toMap(ErpItem::erpId, Function.identity(), (a, b) -> a));
        List<ProductRecord> records = mapped.stream().map(ProductCatalogSyncProcessor.Mapped::product).toList();
        for (ProductTarget.UpsertOutcome outcome : target.upsert(records)) {
            if (!outcome.success()) {
                skipped.record(job.getExecutionId(), job.getJobName(), step.getStepName(),
                        byId.get(outcome.erpItemId()).key(), SkippedRecords.REJECTED,
                        outcome.statusCode() + ": " + outcome.message());
            }
        }
        if (!records.isEmpty() && step.getTransientUserData() instanceof CompleteThrough complete
                && complete.instant() != null) {
            watermark.advance(job.getJobName(), ProductCatalogSyncJob.system(erp), complete.instant());
        }
    }
}
