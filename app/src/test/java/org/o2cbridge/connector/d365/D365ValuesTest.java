package org.o2cbridge.connector.d365;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class D365ValuesTest {

    @ParameterizedTest(name = "{0} characters → {1}")
    @CsvSource({
            "0, 0",
            "99, 99",
            "100, 100",
            "101, 100",
            "250, 100"})
    void namesAreCutToOneHundredCharacters(int length, int expected) {
        String name = "N".repeat(length);

        assertEquals(expected, D365Values.truncate(name, 100).length());
    }

    @ParameterizedTest(name = "a surrogate pair across the limit is left out: prefix {0}")
    @CsvSource({"99, 99", "98, 100"})
    void truncationNeverSplitsASurrogatePair(int prefix, int expected) {
        String name = "a".repeat(prefix) + "\uD83D\uDE00" + "tail";

        String cut = D365Values.truncate(name, 100);

        assertEquals(expected, cut.length());
        assertEquals(cut.codePointCount(0, cut.length()), cut.codePoints().count());
    }

    @ParameterizedTest(name = "{0} with {1} decimals → {2}")
    @CsvSource({
            "10, 2, 10",
            "10.00, 2, 10",
            "1E+1, 2, 10",
            "2.5, 2, 2.5",
            "2.345, 2, 2.35",
            "2.344, 2, 2.34",
            "0.005, 2, 0.01",
            "3.14159, 4, 3.1416",
            "7.000001, 6, 7.000001",
            "12345678.9, 0, 12345679"})
    void quantitiesKeepTheFieldsDecimalsInPlainNotation(String value, int decimals, String expected) {
        BigDecimal quantity = D365Values.quantity(new BigDecimal(value), decimals);

        assertEquals(expected, quantity.toString());
    }

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
