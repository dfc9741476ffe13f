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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Upserts a chunk of products into Salesforce, then the standard prices of the products Salesforce
 * saved ({@link PriceRecord}, by the product ids the product upsert answered; the standard price
 * book's id is asked once per step execution), then, in the chunk's transaction, records each
 * product and each price Salesforce refused (with Salesforce's error; a refused price is named
 * {@code item 17 (WID-100) price USD}) and moves the watermark as far as the items read cover the
 * ERP's changes ({@link CompleteThrough}). A refused price does not hold the watermark back, like
 * a refused product: it is in the skipped-record list and goes again when the item changes.
 */
@Named("productCatalogSyncWriter")
@Dependent
public class ProductCatalogSyncWriter extends AbstractItemWriter {

    @Inject
    ProductTarget target;

    @Inject
    PriceTarget prices;

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

    /** The standard price book's id, asked for with the first chunk that has a price. */
    private String priceBookId;

    @Override
    public void writeItems(List<Object> items) {
        List<ProductCatalogSyncProcessor.Mapped> mapped = items.stream()
                .map(ProductCatalogSyncProcessor.Mapped.class::cast).toList();
        Map<String, ErpItem> byId = mapped.stream().map(ProductCatalogSyncProcessor.Mapped::item)
                .collect(Collectors.toMap(ErpItem::erpId, Function.identity(), (a, b) -> a));
        List<ProductRecord> records = mapped.stream().map(ProductCatalogSyncProcessor.Mapped::product).toList();
        List<PriceRecord> priced = new ArrayList<>();
        for (ProductTarget.UpsertOutcome outcome : target.upsert(records)) {
            if (!outcome.success()) {
                skipped.record(job.getExecutionId(), job.getJobName(), step.getStepName(),
                        byId.get(outcome.erpItemId()).key(), SkippedRecords.REJECTED,
                        outcome.statusCode() + ": " + outcome.message());
            } else {
                PriceRecord price = PriceRecord.of(byId.get(outcome.erpItemId()), outcome.id());
                if (price != null) {
                    priced.add(price);
                }
            }
        }
        if (!priced.isEmpty()) {
            if (priceBookId == null) {
                priceBookId = prices.standardPriceBookId();
            }
            Map<String, PriceRecord> byItem = priced.stream()
                    .collect(Collectors.toMap(PriceRecord::erpItemId, Function.identity(), (a, b) -> a));
            for (ProductTarget.UpsertOutcome outcome : prices.upsert(priceBookId, priced)) {
                if (!outcome.success()) {
                    skipped.record(job.getExecutionId(), job.getJobName(), step.getStepName(),
                            byId.get(outcome.erpItemId()).key() + " price " + byItem.get(outcome.erpItemId()).currency(),
                            SkippedRecords.REJECTED, outcome.statusCode() + ": " + outcome.message());
                }
            }
        }
        if (!records.isEmpty() && step.getTransientUserData() instanceof CompleteThrough complete
                && complete.instant() != null) {
            watermark.advance(job.getJobName(), ProductCatalogSyncJob.system(erp), complete.instant());
        }
    }
}
