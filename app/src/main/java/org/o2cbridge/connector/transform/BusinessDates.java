package org.o2cbridge.connector.transform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Salesforce date-times are instants in UTC; ERP date fields carry no time and are read in the
 * ERP's time zone. An order activated at 23:30 UTC was activated the next day in Berlin and the
 * same day in Los Angeles, so each adapter turns the instant into a date in its own zone
 * ({@code o2c.<erp>.time-zone}) rather than taking the UTC date.
 */
public final class BusinessDates {

    private BusinessDates() {
    }

    /** The date {@code instant} falls on in {@code zone}; null for a missing instant. */
    public static LocalDate dateIn(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }

    /**
     * The order date an ERP in {@code zone} gets: the date of the activation there, or
     * {@code effectiveDate} for an order that carries no activation time.
     */
    public static LocalDate orderDate(Instant activatedAt, LocalDate effectiveDate, ZoneId zone) {
        return activatedAt == null ? effectiveDate : dateIn(activatedAt, zone);
    }

    /**
     * The time zone configured under {@code key}: UTC when unset or blank, otherwise a region id
     * ({@code Europe/Berlin}) or offset ({@code +01:00}); anything else is an
     * {@link IllegalArgumentException} naming the key and the value.
     */
    public static ZoneId zone(String key, String value) {
        if (value == null || value.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(key + " is '" + value + "', which is not a time zone: use a region id "
                    + "such as Europe/Berlin or America/Los_Angeles (see the IANA time zone database), or UTC", e);
        }
    }
}
