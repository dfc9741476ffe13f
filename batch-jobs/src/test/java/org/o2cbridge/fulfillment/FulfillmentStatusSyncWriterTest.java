package org.o2cbridge.fulfillment;

import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import org.junit.jupiter.api.Test;
import org.o2cbridge.jobs.ErpWatermark;
import org.o2cbridge.billing.CompleteThrough;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FulfillmentStatusSyncWriterTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:10Z");

    private final List<List<OrderShipment>> calls = new ArrayList<>();
    private final List<String> recorded = new ArrayList<>();
    private final List<Instant> watermarks = new ArrayList<>();

    private static FulfillmentRecord record(String id, String sfOrder, String number) {
        Fulfillment fulfillment = new Fulfillment(id, "IF" + id, "SO" + sfOrder, LocalDate.parse("2026-01-01"),
                "Shipped", List.of(number), AT);
        return new FulfillmentRecord(fulfillment, OrderShipment.of(sfOrder, "SO" + sfOrder, List.of(fulfillment)));
    }

    private FulfillmentStatusSyncWriter writer() {
        FulfillmentStatusSyncWriter writer = new FulfillmentStatusSyncWriter();
        writer.target = shipments -> {
            calls.add(shipments);
            return shipments.stream().map(s -> s.sfOrderId().equals("801BAD")
                    ? new FulfillmentTarget.UpdateOutcome(s.sfOrderId(), false, "ENTITY_IS_DELETED", "entity is deleted")
                    : new FulfillmentTarget.UpdateOutcome(s.sfOrderId(), true, null, null)).toList();
        };
        writer.skipped = (execution, job, step, key, kind, reason) -> recorded.add(kind + " " + key + " " + reason);
        writer.erp = "d365";
        writer.watermark = new ErpWatermark() {
            @Override
            public Instant current(String jobName, String system) {
                return Instant.EPOCH;
            }

            @Override
            public void advance(String jobName, String system, Instant to) {
                assertEquals("d365", system, "the run's ERP's watermark");
                watermarks.add(to);
            }
        };
        CompleteThrough complete = new CompleteThrough();
        complete.read(AT, null, true);
        FulfillmentSyncState state = new FulfillmentSyncState(complete, null);
        writer.job = (JobContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JobContext.class},
                (proxy, method, args) -> method.getName().equals("getExecutionId") ? 7L : "fulfillment-status-sync");
        writer.step = (StepContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {StepContext.class},
                (proxy, method, args) -> method.getName().equals("getTransientUserData") ? state : "sync");
        return writer;
    }

    @Test
    void eachOrderIsWrittenOnceAndARefusedOrderRejectsEachOfItsFulfillments() {
        writer().writeItems(List.of(record("1", "801A", "1ZA"), record("2", "801BAD", "1ZB"),
                record("3", "801A", "1ZC"), record("4", "801BAD", "1ZD")));

        assertEquals(1, calls.size());
        assertEquals(List.of("801A", "801BAD"), calls.get(0).stream().map(OrderShipment::sfOrderId).toList());
        assertEquals(List.of("rejected item fulfillment 2 ENTITY_IS_DELETED: entity is deleted",
                "rejected item fulfillment 4 ENTITY_IS_DELETED: entity is deleted"), recorded);
        assertEquals(List.of(AT), watermarks);
    }
}
