package org.o2cbridge.connector.d365;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class D365ValuesTest {

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource({
            "2026-11-30T23:30:00Z, UTC, 2026-11-30",
            "2026-11-30T23:30:00Z, Europe/Berlin, 2026-12-01",
            "2026-12-01T03:00:00Z, America/New_York, 2026-11-30",
            "2026-12-01T05:00:00Z, America/New_York, 2026-12-01",
            "2026-03-29T00:30:00Z, Europe/Berlin, 2026-03-29",
            "2026-06-30T14:00:00Z, Pacific/Auckland, 2026-07-01"})
    void utcInstantsBecomeTheDateInTheErpsTimeZone(String instant, String zone, String date) {
        assertEquals(LocalDate.parse(date), D365Values.dateIn(Instant.parse(instant), ZoneId.of(zone)));
    }
}
