package org.o2cbridge.sandbox.d365;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestBudgetTest {

    private Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void callsOverTheLimitInASlidingWindowAreRefusedUntilTheOldestLeavesIt() {
        RequestBudget budget = new RequestBudget(new RequestBudget.Limit(3, Duration.ofSeconds(10)), clock);
        assertTrue(budget.take().isEmpty());
        now = now.plusSeconds(4);
        assertTrue(budget.take().isEmpty());
        assertTrue(budget.take().isEmpty());

        assertEquals(Optional.of(6L), budget.take(), "the first call leaves the window 6 s from now");
        now = now.plusSeconds(6);
        assertTrue(budget.take().isEmpty());
        assertEquals(Optional.of(4L), budget.take());
    }

    @Test
    void zeroRequestsMeansNoLimit() {
        RequestBudget budget = new RequestBudget(new RequestBudget.Limit(0, Duration.ofSeconds(10)), clock);
        for (int i = 0; i < 100; i++) {
            assertTrue(budget.take().isEmpty());
        }
    }
}
