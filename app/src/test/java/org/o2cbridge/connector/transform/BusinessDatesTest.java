package org.o2cbridge.connector.transform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BusinessDatesTest {

    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 11, 1);

    @ParameterizedTest(name = "[{index}] {0} in {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-30T23:30:00Z      | UTC                 | 2026-11-30
            2026-11-30T23:30:00Z      | Europe/Berlin       | 2026-12-01
            2026-11-30T22:59:59.999Z  | Europe/Berlin       | 2026-11-30
            2026-11-30T23:00:00Z      | Europe/Berlin       | 2026-12-01
            2026-12-01T03:00:00Z      | America/Los_Angeles | 2026-11-30
            2026-12-01T08:00:00Z      | America/Los_Angeles | 2026-12-01
            2026-12-01T03:00:00Z      | America/New_York    | 2026-11-30
            2026-03-28T23:30:00Z      | Europe/Berlin       | 2026-03-29
            2026-03-29T21:59:59Z      | Europe/Berlin       | 2026-03-29
            2026-03-29T22:00:00Z      | Europe/Berlin       | 2026-03-30
            2026-10-25T21:59:59Z      | Europe/Berlin       | 2026-10-25
            2026-10-25T22:59:59Z      | Europe/Berlin       | 2026-10-25
            2026-10-25T23:00:00Z      | Europe/Berlin       | 2026-10-26
            2026-03-08T07:59:59Z      | America/Los_Angeles | 2026-03-07
            2026-03-08T08:00:00Z      | America/Los_Angeles | 2026-03-08
            2026-11-01T06:59:59Z      | America/Los_Angeles | 2026-10-31
            2026-11-01T07:00:00Z      | America/Los_Angeles | 2026-11-01
            2026-11-30T09:59:59Z      | Pacific/Kiritimati  | 2026-11-30
            2026-11-30T10:00:00Z      | Pacific/Kiritimati  | 2026-12-01
            2026-12-01T10:59:59Z      | Pacific/Pago_Pago   | 2026-11-30
            2026-12-01T11:00:00Z      | Pacific/Pago_Pago   | 2026-12-01
            2026-11-30T10:00:00Z      | Pacific/Kiritimati  | 2026-12-01
            2026-11-30T10:00:00Z      | Pacific/Pago_Pago   | 2026-11-29
            2026-06-30T14:00:00Z      | Pacific/Auckland    | 2026-07-01
            2026-11-30T23:30:00Z      | +05:30              | 2026-12-01
            """)
    void anActivationIsTheDateItFallsOnInTheErpsTimeZone(String activatedAt, String zone, String date) {
        assertEquals(LocalDate.parse(date), BusinessDates.orderDate(Instant.parse(activatedAt), EFFECTIVE, ZoneId.of(zone)));
    }

    @Test
    void anOrderWithoutActivationTimeKeepsItsEffectiveDate() {
        assertEquals(EFFECTIVE, BusinessDates.orderDate(null, EFFECTIVE, ZoneId.of("Pacific/Kiritimati")));
        assertEquals(null, BusinessDates.orderDate(null, null, ZoneId.of("UTC")));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is UTC")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "UTC", " UTC "})
    void anUnsetTimeZoneIsUtc(String value) {
        assertEquals(ZoneId.of("UTC"), BusinessDates.zone("o2c.sap.time-zone", value));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is refused")
    @ValueSource(strings = {"Europe/Berln", "CEST", "Berlin", "+25:00"})
    void aTimeZoneThatIsNoneIsRefusedNamingTheKeyAndValue(String value) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> BusinessDates.zone("o2c.netsuite.time-zone", value));

        assertTrue(refused.getMessage().startsWith("o2c.netsuite.time-zone is '" + value + "'"), refused.getMessage());
    }
}
