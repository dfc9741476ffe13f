package org.o2cbridge.catalog;

import jakarta.batch.runtime.context.StepContext;
import org.junit.jupiter.api.Test;
import org.o2cbridge.billing.CompleteThrough;
import org.o2cbridge.jobs.FixedInstance;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProductCatalogSyncReaderTest {

    private static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");

    /** Ten items changed after SINCE, two a second, served in pages; remembers the offsets asked for. */
    private static final class TenItems implements ItemSource {
        final List<Integer> offsets = new ArrayList<>();

        @Override
        public String system() {
            return "sap";
        }

        @Override
        public ItemPage changedSince(Instant since, int offset, int limit) {
            assertEquals(SINCE, since);
            assertEquals(0, offset % limit, "offsets are multiples of the limit");
            offsets.add(offset);
            List<ErpItem> page = new ArrayList<>();
            for (int i = offset; i < Math.min(10, offset + limit); i++) {
                page.add(new ErpItem(String.valueOf(i), "WID-" + i, "Widget " + i, null, false, BigDecimal.ONE,
                        "USD", BigDecimal.TEN, SINCE.plusSeconds(i / 2 + 1)));
            }
            return new ItemPage(page, offset + limit < 10);
        }
    }

    private final Object[] transientData = new Object[1];

    private ProductCatalogSyncReader reader(ItemSource source) {
        ProductCatalogSyncReader reader = new ProductCatalogSyncReader();
        reader.sources = new FixedInstance<>(List.of(source));
        reader.erp = "sap";
        reader.pageSizeProperty = "4";
        reader.step = (StepContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StepContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setTransientUserData")) {
                        transientData[0] = args[0];
                        return null;
                    }
                    if (method.getName().equals("getTransientUserData")) {
                        return transientData[0];
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return reader;
    }

    private static List<String> readAll(ProductCatalogSyncReader reader, List<Instant> complete, CompleteThrough through) {
        List<String> ids = new ArrayList<>();
        Object item;
        while ((item = reader.readItem()) != null) {
            ids.add(((ErpItem) item).erpId());
            complete.add(through.instant());
        }
        return ids;
    }

    @Test
    void readsEveryPageOnceEndsWhenNoMoreFollowAndCoversAChangeSecondOnlyOnceAllOfItIsRead() {
        TenItems source = new TenItems();
        ProductCatalogSyncReader reader = reader(source);
        reader.open(new ProductCatalogSyncReader.Position(SINCE, 0));
        List<Instant> complete = new ArrayList<>();

        List<String> ids = readAll(reader, complete, (CompleteThrough) transientData[0]);

        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), ids);
        assertEquals(List.of(0, 4, 8), source.offsets);
        assertEquals(new ProductCatalogSyncReader.Position(SINCE, 10), reader.checkpointInfo());
        assertEquals(SINCE, complete.get(0), "item 1 shares item 0's second");
        assertEquals(SINCE.plusSeconds(1), complete.get(1));
        assertEquals(SINCE.plusSeconds(5), complete.get(9), "the last item, none following");
    }

    @Test
    void aRestartGoesOnAfterTheLastCheckpointWithinAPage() {
        TenItems source = new TenItems();
        ProductCatalogSyncReader reader = reader(source);
        reader.open(new ProductCatalogSyncReader.Position(SINCE, 6));

        List<String> ids = readAll(reader, new ArrayList<>(), (CompleteThrough) transientData[0]);

        assertEquals(List.of("6", "7", "8", "9"), ids);
        assertEquals(List.of(4, 8), source.offsets);
    }
}
