package org.o2cbridge.jobs;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cron expressions as operators write them, read by Jakarta Concurrency's CronTrigger. */
class JobScheduleTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void nightlyAtTwoRunsAtTheNextTwoOClockStrictlyAfterTheGivenTime() {
        JobSchedule nightly = JobSchedule.of("invoice-payment-sync", "0 2 * * *", UTC).orElseThrow();

        assertEquals(ZonedDateTime.parse("2026-12-01T02:00:00Z[UTC]"),
                nightly.nextAfter(ZonedDateTime.parse("2026-12-01T01:59:59Z[UTC]")));
        assertEquals(ZonedDateTime.parse("2026-12-02T02:00:00Z[UTC]"),
                nightly.nextAfter(ZonedDateTime.parse("2026-12-01T02:00:00Z[UTC]")), "a firing is never repeated");
    }

    @Test
    void everyFifteenMinutes() {
        JobSchedule quarterly = JobSchedule.of("fulfillment-status-sync", "*/15 * * * *", UTC).orElseThrow();

        assertEquals(ZonedDateTime.parse("2026-12-01T10:15:00Z[UTC]"),
                quarterly.nextAfter(ZonedDateTime.parse("2026-12-01T10:07:31Z[UTC]")));
    }

    @Test
    void theTimeZoneDecidesTheInstantAcrossDaylightSavingTime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        JobSchedule nightly = JobSchedule.of("invoice-payment-sync", "0 2 * * *", berlin).orElseThrow();

        // 2026-03-29 02:00 does not exist in Berlin (clocks go from 02:00 to 03:00)
        ZonedDateTime next = nightly.nextAfter(ZonedDateTime.parse("2026-03-28T12:00:00+01:00[Europe/Berlin]"));
        assertTrue(next.isAfter(ZonedDateTime.parse("2026-03-29T00:59:59Z[UTC]")), next.toString());
        assertEquals(ZonedDateTime.parse("2026-12-01T01:00:00Z[UTC]").toInstant(),
                nightly.nextAfter(ZonedDateTime.parse("2026-11-30T12:00:00Z[UTC]")).toInstant(), "02:00 CET is 01:00 UTC");
    }

    @Test
    void offOrEmptySwitchesTheScheduleOff() {
        assertEquals(Optional.empty(), JobSchedule.of("invoice-payment-sync", "off", UTC));
        assertEquals(Optional.empty(), JobSchedule.of("invoice-payment-sync", " ", UTC));
        assertEquals(Optional.empty(), JobSchedule.of("invoice-payment-sync", null, UTC));
    }

    @Test
    void anUnreadableExpressionIsRefusedNamingTheKey() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> JobSchedule.of("invoice-payment-sync", "every night", UTC));

        assertTrue(refused.getMessage().contains("o2c.jobs.invoice-payment-sync.schedule"), refused.getMessage());
        assertTrue(refused.getMessage().contains("every night"), refused.getMessage());
    }
}
