package org.o2cbridge.billing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InvoicePaymentSyncReaderTest {

    private static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");

    /** Ten documents changed after SINCE, served in pages; remembers the offsets asked for. */
    private static final class TenDocuments implements BillingSource {
        final List<Integer> offsets = new ArrayList<>();

        @Override
        public BillingPage changedSince(Instant since, int offset, int limit) {
            assertEquals(SINCE, since);
            assertEquals(0, offset % limit, "offsets are multiples of the limit");
            offsets.add(offset);
            List<BillingDocument> page = new ArrayList<>();
            for (int i = offset; i < Math.min(10, offset + limit); i++) {
                page.add(new BillingDocument(String.valueOf(i), BillingDocument.Kind.INVOICE, "INV" + i, "SO", null, null,
                        BigDecimal.ONE, BigDecimal.ONE, "USD", null, null, "Open", null, SINCE.plusSeconds(i + 1)));
            }
            return new BillingPage(page, offset + limit < 10);
        }
    }

    private static InvoicePaymentSyncReader reader(BillingSource source) {
        InvoicePaymentSyncReader reader = new InvoicePaymentSyncReader();
        reader.source = source;
        reader.pageSizeProperty = "4";
        Object[] transientData = new Object[1];
        reader.step = (jakarta.batch.runtime.context.StepContext) java.lang.reflect.Proxy.newProxyInstance(
                InvoicePaymentSyncReaderTest.class.getClassLoader(),
                new Class<?>[] {jakarta.batch.runtime.context.StepContext.class}, (proxy, method, args) -> {
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

    private static List<String> readAll(InvoicePaymentSyncReader reader) {
        List<String> ids = new ArrayList<>();
        Object item;
        while ((item = reader.readItem()) != null) {
            ids.add(((BillingDocument) item).erpId());
        }
        return ids;
    }

    @Test
    void readsEveryPageOnceAndEndsWhenNoMoreFollow() {
        TenDocuments source = new TenDocuments();
        InvoicePaymentSyncReader reader = reader(source);
        reader.open(new InvoicePaymentSyncReader.Position(SINCE, 0));

        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), readAll(reader));
        assertEquals(List.of(0, 4, 8), source.offsets);
        assertNull(reader.readItem());
        assertEquals(new InvoicePaymentSyncReader.Position(SINCE, 10), reader.checkpointInfo());
    }

    @Test
    void aRestartGoesOnAfterTheLastCheckpointInTheMiddleOfAPage() {
        TenDocuments source = new TenDocuments();
        InvoicePaymentSyncReader reader = reader(source);
        reader.open(new InvoicePaymentSyncReader.Position(SINCE, 6));

        assertEquals(List.of("6", "7", "8", "9"), readAll(reader));
        assertEquals(List.of(4, 8), source.offsets);
    }
}
