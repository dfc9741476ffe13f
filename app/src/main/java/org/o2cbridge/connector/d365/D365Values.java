package org.o2cbridge.connector.d365;

import org.o2cbridge.connector.transform.FieldText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Value transforms for F&O fields: text cut to a field's length (never inside a surrogate pair),
 * quantities with at most the field's decimals and always in plain notation (JSON-P would write
 * {@code 1E+1} for a stripped ten), and an instant as the calendar date it falls on in the ERP's
 * time zone (F&O date fields carry no time; a UTC instant late in the evening is the next day in
 * Europe and still the same day in America).
 */
public final class D365Values {

    private D365Values() {
    }

    /** {@code text} cut to at most {@code max} characters; see {@link FieldText#truncate}. */
    public static String truncate(String text, int max) {
        return FieldText.truncate(text, max);
    }

    /** The quantity rounded half-up to at most {@code decimals} places, trailing zeros dropped, never negative scale. */
    public static BigDecimal quantity(BigDecimal value, int decimals) {
        if (value == null) {
            return null;
        }
        BigDecimal rounded = value.scale() > decimals ? value.setScale(decimals, RoundingMode.HALF_UP) : value;
        BigDecimal stripped = rounded.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The date {@code instant} falls on in {@code zone}. */
    public static LocalDate dateIn(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }
}
