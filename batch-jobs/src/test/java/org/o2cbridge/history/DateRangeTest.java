package org.o2cbridge.history;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DateRangeTest {

    private static final LocalDate JAN_1 = LocalDate.parse("2020-01-01");

    @Test
    void splitCoversTheRangeExactlyWithConsecutiveParts() {
        DateRange range = new DateRange(JAN_1, LocalDate.parse("2025-01-01"));
        List<DateRange> parts = range.split(4);
        assertEquals(4, parts.size());
        assertEquals(JAN_1, parts.get(0).from());
        assertEquals(range.to(), parts.get(3).to());
        for (int i = 1; i < parts.size(); i++) {
            assertEquals(parts.get(i - 1).to(), parts.get(i).from(), "no gap and no overlap between parts");
        }
        assertEquals(range.days(), parts.stream().mapToLong(DateRange::days).sum());
        long shortest = parts.stream().mapToLong(DateRange::days).min().orElseThrow();
        long longest = parts.stream().mapToLong(DateRange::days).max().orElseThrow();
        assertEquals(true, longest - shortest <= 1, "parts as equal as whole days allow: " + parts);
    }

    @Test
    void aRangeOfFewerDaysThanPartsGivesOnePartPerDay() {
        List<DateRange> parts = new DateRange(JAN_1, JAN_1.plusDays(2)).split(8);
        assertEquals(List.of(new DateRange(JAN_1, JAN_1.plusDays(1)), new DateRange(JAN_1.plusDays(1), JAN_1.plusDays(2))),
                parts);
    }

    @Test
    void anEmptyOrBackwardRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DateRange(JAN_1, JAN_1));
        assertThrows(IllegalArgumentException.class, () -> new DateRange(JAN_1, JAN_1.minusDays(1)));
    }
}
