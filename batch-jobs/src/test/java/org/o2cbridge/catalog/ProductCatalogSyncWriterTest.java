package org.o2cbridge.catalog;

import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import org.junit.jupiter.api.Test;
import org.o2cbridge.billing.CompleteThrough;
import org.o2cbridge.jobs.ErpWatermark;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProductCatalogSyncWriterTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:10Z");
    private static final String BOOK = "01sSTANDARD";

    private final List<String> recorded = new ArrayList<>();
    private final List<List<PriceRecord>> priceCalls = new ArrayList<>();
    private final List<Instant> watermarks = new ArrayList<>();
    private int priceBookQueries;

    private static Object mapped(String id, String price, boolean inactive) {
        ErpItem item = new ErpItem(id, "WID-" + id, "Widget " + id, null, inactive,
                price == null ? null : new BigDecimal(price), "USD", null, AT);
        return new ProductCatalogSyncProcessor.Mapped(item, ProductRecord.of(item));
    }

    private ProductCatalogSyncWriter writer() {
        ProductCatalogSyncWriter writer = new ProductCatalogSyncWriter();
        writer.target = records -> records.stream().map(r -> r.erpItemId().equals("BAD")
                ? new ProductTarget.UpsertOutcome(r.erpItemId(), null, false, "STRING_TOO_LONG", "Name: too long")
                : new ProductTarget.UpsertOutcome(r.erpItemId(), "01t" + r.erpItemId(), true, null, null)).toList();
        writer.prices = new PriceTarget() {
            @Override
            public String standardPriceBookId() {
                priceBookQueries++;
                return BOOK;
            }

            @Override
            public List<ProductTarget.UpsertOutcome> upsert(String priceBookId, List<PriceRecord> records) {
                assertEquals(BOOK, priceBookId);
                priceCalls.add(records);
                return records.stream().map(r -> r.erpItemId().equals("DUP")
                        ? new ProductTarget.UpsertOutcome(r.erpItemId(), null, false, "DUPLICATE_VALUE", "duplicate value found")
                        : new ProductTarget.UpsertOutcome(r.erpItemId(), "01u" + r.erpItemId(), true, null, null)).toList();
            }
        };
        writer.skipped = (execution, job, step, key, kind, reason) -> recorded.add(kind + " " + key + " " + reason);
        writer.erp = "netsuite";
        writer.watermark = new ErpWatermark() {
            @Override
            public Instant current(String jobName, String system) {
                return Instant.EPOCH;
            }

            @Override
            public void advance(String jobName, String system, Instant to) {
                watermarks.add(to);
            }
        };
        CompleteThrough complete = new CompleteThrough();
        complete.read(AT, null, true);
        writer.job = (JobContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JobContext.class},
                (proxy, method, args) -> method.getName().equals("getExecutionId") ? 7L : "product-catalog-sync");
        writer.step = (StepContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {StepContext.class},
                (proxy, method, args) -> method.getName().equals("getTransientUserData") ? complete : "sync");
        return writer;
    }

    @Test
    void theSavedProductsPricedInTheErpGetStandardPricesByTheirProductIdsAndARefusedPriceIsSetAside() {
        ProductCatalogSyncWriter writer = writer();

        writer.writeItems(List.of(mapped("1", "12.50", false), mapped("BAD", "3", false), mapped("2", null, false),
                mapped("DUP", "7", true)));
        writer.writeItems(List.of(mapped("3", "1", false)));

        assertEquals(1, priceBookQueries, "the standard price book is asked for once per step execution");
        assertEquals(List.of(new PriceRecord("1", "01t1", new BigDecimal("12.50"), "USD", true),
                new PriceRecord("DUP", "01tDUP", new BigDecimal("7"), "USD", false)), priceCalls.get(0),
                "no price for a refused product nor for an item without one");
        assertEquals(List.of("rejected item BAD (WID-BAD) STRING_TOO_LONG: Name: too long",
                "rejected item DUP (WID-DUP) price USD DUPLICATE_VALUE: duplicate value found"), recorded);
        assertEquals(List.of(AT, AT), watermarks, "a refused price does not hold the watermark back");
    }
}
