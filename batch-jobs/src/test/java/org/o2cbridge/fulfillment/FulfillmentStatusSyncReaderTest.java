package org.o2cbridge.fulfillment;

import jakarta.batch.runtime.context.StepContext;
import org.junit.jupiter.api.Test;
import org.o2cbridge.billing.OrderLinks;
import org.o2cbridge.jobs.FixedInstance;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FulfillmentStatusSyncReaderTest {

    private static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");

    /**
     * Four fulfillments: two of sales order "SO" (the second a partial shipment), one of "SO2",
     * one of "UNKNOWN"; remembers how it was asked.
     */
    private static final class FourFulfillments implements FulfillmentSource {
        final List<Fulfillment> all = List.of(
                fulfillment("1", "SO", "2026-01-02", "1ZA", 1),
                fulfillment("2", "SO2", "2026-01-02", "1ZC", 2),
                fulfillment("3", "SO", "2026-01-03", "1ZB", 3),
                fulfillment("4", "UNKNOWN", "2026-01-04", "1ZD", 4));
        final List<Collection<String>> orderQueries = new ArrayList<>();

        @Override
        public String system() {
            return "sap";
        }

        @Override
        public FulfillmentPage changedSince(Instant since, int offset, int limit) {
            assertEquals(SINCE, since);
            assertEquals(0, offset % limit);
            return new FulfillmentPage(all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)),
                    offset + limit < all.size());
        }

        @Override
        public Map<String, List<Fulfillment>> ofOrders(Collection<String> erpOrderIds) {
            orderQueries.add(List.copyOf(erpOrderIds));
            Map<String, List<Fulfillment>> found = new LinkedHashMap<>();
            all.stream().filter(f -> erpOrderIds.contains(f.erpOrderId()))
                    .forEach(f -> found.computeIfAbsent(f.erpOrderId(), o -> new ArrayList<>()).add(f));
            return found;
        }
    }

    private static Fulfillment fulfillment(String id, String order, String date, String number, int second) {
        return new Fulfillment(id, "IF" + id, order, LocalDate.parse(date), "Shipped", List.of(number),
                SINCE.plusSeconds(second));
    }

    private static final class Links implements OrderLinks {
        final List<Integer> batches = new ArrayList<>();

        @Override
        public Optional<String> salesforceOrder(String system, String erpOrderId) {
            assertEquals("sap", system, "the run's ERP's cross-references");
            return Optional.ofNullable(Map.of("SO", "801A", "SO2", "801B").get(erpOrderId));
        }

        @Override
        public Optional<String> salesforceAccount(String system, String erpCustomerId) {
            return Optional.empty();
        }

        @Override
        public Map<String, String> salesforceOrders(String system, Collection<String> erpOrderIds) {
            batches.add(erpOrderIds.size());
            Map<String, String> found = new HashMap<>();
            erpOrderIds.forEach(id -> salesforceOrder(system, id).ifPresent(sf -> found.put(id, sf)));
            return found;
        }
    }

    private final FourFulfillments source = new FourFulfillments();
    private final Links links = new Links();
    private final Object[] transientData = new Object[1];

    private FulfillmentStatusSyncReader reader() {
        FulfillmentStatusSyncReader reader = new FulfillmentStatusSyncReader();
        reader.sources = new FixedInstance<>(List.of(source));
        reader.erp = "sap";
        reader.links = links;
        reader.pageSizeProperty = "2";
        reader.step = step();
        return reader;
    }

    private StepContext step() {
        return (StepContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {StepContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setTransientUserData")) {
                        transientData[0] = args[0];
                        return null;
                    }
                    if (method.getName().equals("getTransientUserData")) {
                        return transientData[0];
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private FulfillmentStatusSyncProcessor processor() {
        FulfillmentStatusSyncProcessor processor = new FulfillmentStatusSyncProcessor();
        processor.step = step();
        return processor;
    }

    @Test
    void eachPageIsLinkedInOneLookUpAndEachOrderGetsAllItsFulfillments() {
        FulfillmentStatusSyncReader reader = reader();
        reader.open(new FulfillmentStatusSyncReader.Position(SINCE, 0));
        FulfillmentStatusSyncProcessor processor = processor();

        FulfillmentRecord first = (FulfillmentRecord) processor.processItem(reader.readItem());
        assertEquals("801A", first.shipment().sfOrderId());
        assertEquals("1ZA\n1ZB", first.shipment().trackingNumbers(), "the later partial shipment is counted already");
        assertEquals(LocalDate.parse("2026-01-03"), first.shipment().shipDate());
        FulfillmentRecord second = (FulfillmentRecord) processor.processItem(reader.readItem());
        assertEquals("801B", second.shipment().sfOrderId());
        FulfillmentRecord third = (FulfillmentRecord) processor.processItem(reader.readItem());
        assertEquals(first.shipment(), third.shipment(), "the same whole value, so a re-run adds nothing");
        Fulfillment unknown = (Fulfillment) reader.readItem();
        UnlinkedFulfillmentException skipped = assertThrows(UnlinkedFulfillmentException.class,
                () -> processor.processItem(unknown));
        assertTrue(skipped.getMessage().contains("sales order UNKNOWN"), skipped.getMessage());
        assertNull(reader.readItem());

        assertEquals(List.of(2, 1), links.batches, "one link look-up a page, each order once");
        assertEquals(2, source.orderQueries.size(), "one shipment query a page");
        assertEquals(SINCE.plusSeconds(4), ((FulfillmentSyncState) transientData[0]).complete().instant());
    }

    @Test
    void aRestartGoesOnAfterTheCheckpointWithThePageLinked() {
        FulfillmentStatusSyncReader reader = reader();
        reader.open(new FulfillmentStatusSyncReader.Position(SINCE, 1));

        Fulfillment next = (Fulfillment) reader.readItem();
        assertEquals("2", next.erpId());
        assertEquals("801B", ((FulfillmentRecord) processor().processItem(next)).shipment().sfOrderId());
    }
}
