package org.o2cbridge.outbox;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The outbox gauges read waiting work, its oldest item and dead letters per system from one grouped query. */
class OutboxDepthTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void pendingAndInFlightWorkBothWaitAndTheOldestOfThemCounts() {
        OutboxDepth depth = OutboxDepth.of(NOW, List.of(
                new OutboxDepth.Row("netsuite", OutboxStatus.PENDING, 3, NOW.minusSeconds(40)),
                new OutboxDepth.Row("netsuite", OutboxStatus.IN_FLIGHT, 2, NOW.minusSeconds(90)),
                new OutboxDepth.Row("netsuite", OutboxStatus.DEAD, 1, NOW.minusSeconds(3600)),
                new OutboxDepth.Row("salesforce", OutboxStatus.PENDING, 4, NOW.minusMillis(1500))));

        assertEquals(5, depth.waiting("netsuite"));
        assertEquals(90.0, depth.oldestWaitingSeconds("netsuite"), "dead letters are not waiting work");
        assertEquals(1, depth.dead("netsuite"));
        assertEquals(4, depth.waiting("salesforce"));
        assertEquals(1.5, depth.oldestWaitingSeconds("salesforce"));
        assertEquals(9, depth.waiting());
        assertEquals(Set.of("netsuite", "salesforce"), depth.systems());
    }

    @Test
    void aSystemWithoutWorkReadsZero() {
        OutboxDepth depth = OutboxDepth.of(NOW, List.of(new OutboxDepth.Row("netsuite", OutboxStatus.DEAD, 2, NOW)));

        assertEquals(0, depth.waiting("netsuite"));
        assertEquals(0.0, depth.oldestWaitingSeconds("netsuite"));
        assertEquals(0, depth.waiting("sap"));
        assertEquals(0, depth.dead("sap"));
    }
}
