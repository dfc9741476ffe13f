package org.o2cbridge.history;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Order dates from {@code from} (inclusive) to {@code to} (exclusive). */
public record DateRange(LocalDate from, LocalDate to) implements Serializable {

    public DateRange {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("The range ends (" + to + ") before or where it starts (" + from + ")");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to);
    }

    /**
     * The range cut into at most {@code parts} consecutive ranges of whole days, as equal as days
     * allow, that together cover it exactly.
     */
    public List<DateRange> split(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts is 1 or more, not " + parts);
        }
        long days = days();
        int count = (int) Math.min(parts, days);
        List<DateRange> ranges = new ArrayList<>(count);
        LocalDate start = from;
        for (int i = 1; i <= count; i++) {
            LocalDate end = i == count ? to : from.plusDays(days * i / count);
            ranges.add(new DateRange(start, end));
            start = end;
        }
        return ranges;
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }
}
