package org.o2cbridge.connector.d365;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Value transforms for F&O fields: an instant as the calendar date it falls on in the ERP's time
 * zone (F&O date fields carry no time; a UTC instant late in the evening is the next day in Europe
 * and still the same day in America).
 */
public final class D365Values {

    private D365Values() {
    }

    /** The date {@code instant} falls on in {@code zone}. */
    public static LocalDate dateIn(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }
}
