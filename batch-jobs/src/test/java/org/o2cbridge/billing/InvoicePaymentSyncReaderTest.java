package org.o2cbridge.billing;

import org.junit.jupiter.api.Test;
import org.o2cbridge.jobs.ErpWatermark;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InvoicePaymentSyncReaderTest {

    private static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");

    /** Ten documents changed after SINCE, served in pages; remembers the offsets asked for. */
    private static class TenDocuments implements BillingSource {
        final List<Integer> offsets = new ArrayList<>();

        @Override
        public String system() {
            return "netsuite";
        }

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

    /** Knows the sales orders "SO" and counts how it was asked: one by one or many at once. */
    private static final class CountingLinks implements OrderLinks {
        int single;
        final List<Integer> batches = new ArrayList<>();

        @Override
        public java.util.Optional<String> salesforceOrder(String system, String erpOrderId) {
            single++;
            return erpOrderId.equals("SO") ? java.util.Optional.of("801000000000001AAA") : java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<String> salesforceAccount(String system, String erpCustomerId) {
            single++;
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Map<String, String> salesforceOrders(String system, java.util.Collection<String> erpOrderIds) {
            batches.add(erpOrderIds.size());
            return erpOrderIds.contains("SO") ? java.util.Map.of("SO", "801000000000001AAA") : java.util.Map.of();
        }
    }

    private final CountingLinks links = new CountingLinks();

    private InvoicePaymentSyncReader reader(BillingSource source) {
        InvoicePaymentSyncReader reader = new InvoicePaymentSyncReader();
        reader.sources = new org.o2cbridge.jobs.FixedInstance<>(List.of(source));
        reader.erp = source.system();
        reader.links = links;
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

    private List<String> readAll(InvoicePaymentSyncReader reader) {
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

    @Test
    void eachPagesOrdersAreLookedUpOnceForThePageNotOncePerDocument() {
        InvoicePaymentSyncReader reader = reader(new TenDocuments());
        reader.open(new InvoicePaymentSyncReader.Position(SINCE, 0));
        readAll(reader);
        SyncState state = (SyncState) reader.step.getTransientUserData();

        assertEquals(java.util.Optional.of("801000000000001AAA"), state.links().salesforceOrder("SO"));
        assertEquals(List.of(1), links.batches, "the ten documents' one sales order, looked up with the first page");
        assertEquals(0, links.single, "no look-up of its own for a document the pages held");
        assertEquals(java.util.Optional.empty(), state.links().salesforceOrder("SO-ELSEWHERE"));
        assertEquals(1, links.single, "a sales order no page held is looked up on its own");
    }

    @Test
    void aFreshRunReadsTheErpItNamesFromThatErpsWatermark() {
        Instant sapMark = Instant.parse("2026-03-01T10:00:00Z");
        List<String> asked = new ArrayList<>();
        List<Instant> sapSince = new ArrayList<>();
        BillingSource sap = new BillingSource() {
            @Override
            public String system() {
                return "sap";
            }

            @Override
            public BillingPage changedSince(Instant since, int offset, int limit) {
                sapSince.add(since);
                return new BillingPage(List.of(), false);
            }
        };
        InvoicePaymentSyncReader reader = reader(new TenDocuments());
        reader.sources = new org.o2cbridge.jobs.FixedInstance<>(List.of(new TenDocuments(), sap));
        reader.erp = "sap";
        reader.watermark = new ErpWatermark() {
            @Override
            public Instant current(String jobName, String system) {
                asked.add(jobName + "/" + system);
                return system.equals("sap") ? sapMark : SINCE;
            }

            @Override
            public void advance(String jobName, String system, Instant to) {
                throw new AssertionError("the reader never moves the watermark");
            }
        };
        reader.job = (jakarta.batch.runtime.context.JobContext) java.lang.reflect.Proxy.newProxyInstance(
                InvoicePaymentSyncReaderTest.class.getClassLoader(),
                new Class<?>[] {jakarta.batch.runtime.context.JobContext.class},
                (proxy, method, args) -> method.getName().equals("getJobName") ? "invoice-payment-sync" : null);
        reader.open(null);

        assertNull(reader.readItem());
        assertEquals(List.of("invoice-payment-sync/sap"), asked);
        assertEquals(List.of(sapMark), sapSince, "the SAP adapter reads after SAP's watermark");
        assertEquals(new InvoicePaymentSyncReader.Position(sapMark, 0), reader.checkpointInfo());
    }

    /** Five documents (changed a second apart after SINCE) and then six payments, changed on SINCE's day. */
    private static class DocumentsThenPayments extends TenDocuments {
        final List<Integer> paymentOffsets = new ArrayList<>();
        final int documents;

        DocumentsThenPayments(int documents) {
            this.documents = documents;
        }

        @Override
        public String system() {
            return "sap";
        }

        @Override
        public BillingPage changedSince(Instant since, int offset, int limit) {
            BillingPage all = super.changedSince(since, offset, limit);
            List<BillingDocument> kept = all.documents().stream()
                    .filter(d -> Integer.parseInt(d.erpId()) < documents).toList();
            return new BillingPage(kept, offset + limit < documents);
        }

        @Override
        public boolean paymentsApart() {
            return true;
        }

        @Override
        public BillingPage paymentsChangedSince(Instant since, int offset, int limit) {
            assertEquals(SINCE, since);
            paymentOffsets.add(offset);
            List<BillingDocument> page = new ArrayList<>();
            for (int i = offset; i < Math.min(6, offset + limit); i++) {
                page.add(new BillingDocument("P" + i, BillingDocument.Kind.PAYMENT, "P" + i, null, null, "0",
                        BigDecimal.ONE, null, "EUR", null, null, null, null, SINCE));
            }
            return new BillingPage(page, offset + limit < 6, 6);
        }
    }

    @Test
    void anErpWithPaymentsApartHasItsPaymentsReadAfterItsDocuments() {
        DocumentsThenPayments source = new DocumentsThenPayments(5);
        InvoicePaymentSyncReader reader = reader(source);
        reader.open(new InvoicePaymentSyncReader.Position(SINCE, 0));
        SyncState state = (SyncState) reader.step.getTransientUserData();

        List<String> ids = new ArrayList<>();
        List<Instant> covered = new ArrayList<>();
        Object item;
        while ((item = reader.readItem()) != null) {
            ids.add(((BillingDocument) item).erpId());
            covered.add(state.complete().instant());
        }

        assertEquals(List.of("0", "1", "2", "3", "4", "P0", "P1", "P2", "P3", "P4", "P5"), ids);
        assertEquals(List.of(0, 4), source.offsets);
        assertEquals(List.of(0, 4), source.paymentOffsets);
        assertEquals(java.util.Collections.nCopies(10, SINCE), covered.subList(0, 10),
                "until both streams are read, the run covers no more than where it started");
        assertEquals(SINCE.plusSeconds(5), covered.get(10), "then up to the last document's change");
        assertEquals(new InvoicePaymentSyncReader.Position(SINCE, 5, 6), reader.checkpointInfo());
    }

    @Test
    void theLastDocumentsChunkKnowsThatNoPaymentFollows() {
        BillingSource noPayments = new DocumentsThenPayments(3) {
            @Override
            public BillingPage paymentsChangedSince(Instant since, int offset, int limit) {
                return new BillingPage(List.of(), false, 0);
            }
        };
        InvoicePaymentSyncReader reader = reader(noPayments);
        reader.open(new InvoicePaymentSyncReader.Position(SINCE, 0));
        SyncState state = (SyncState) reader.step.getTransientUserData();

        reader.readItem();
        reader.readItem();
        assertEquals(SINCE, state.complete().instant());
        reader.readItem();
        assertEquals(SINCE.plusSeconds(3), state.complete().instant(), "the last document ends the run's reads");
        assertNull(reader.readItem());
    }

    @Test
    void aRestartAfterACommittedPaymentGoesOnAmongThePayments() {
        DocumentsThenPayments source = new DocumentsThenPayments(5);
        InvoicePaymentSyncReader reader = reader(source);
        reader.open(new InvoicePaymentSyncReader.Position(SINCE, 5, 5));

        assertEquals(List.of("P5"), readAll(reader));
        assertEquals(List.of(), source.offsets, "the documents are not read again");
        assertEquals(List.of(4), source.paymentOffsets);
    }
}
