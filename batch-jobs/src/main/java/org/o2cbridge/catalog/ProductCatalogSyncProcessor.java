package org.o2cbridge.catalog;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Turns each catalog item into the Product2 record Salesforce gets ({@link ProductRecord#of}). */
@Named("productCatalogSyncProcessor")
@Dependent
public class ProductCatalogSyncProcessor implements ItemProcessor {

    @Override
    public Object processItem(Object item) {
        ErpItem erpItem = (ErpItem) item;
        return new Mapped(erpItem, ProductRecord.of(erpItem));
    }

    /** The item read and its Product2 record: the writer names refused records by the item. */
    public record Mapped(ErpItem item, ProductRecord product) {
    }
}
