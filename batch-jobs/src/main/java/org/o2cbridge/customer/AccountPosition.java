package org.o2cbridge.customer;

import java.io.Serializable;

/**
 * Where the initial load stands in a query job's results: the job, the locator of the page to read
 * ({@code null} for the first page) and how many records of that page are committed already. A
 * restart asks for that page again and passes over those records; the position moves to the next
 * page's locator when its first record is read. As text (for {@code job_position}):
 * {@code jobId|locator|done}.
 */
public record AccountPosition(String jobId, String locator, long done) implements Serializable {

    public String asText() {
        return jobId + "|" + (locator == null ? "" : locator) + "|" + done;
    }

    /** The position {@link #asText} wrote; null for an empty or unreadable text. */
    public static AccountPosition parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split("\\|", -1);
        if (parts.length != 3 || parts[0].isEmpty()) {
            return null;
        }
        try {
            return new AccountPosition(parts[0], parts[1].isEmpty() ? null : parts[1], Long.parseLong(parts[2]));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
