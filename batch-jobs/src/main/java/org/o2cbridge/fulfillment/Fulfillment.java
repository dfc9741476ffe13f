package org.o2cbridge.fulfillment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An item fulfillment as the ERP keeps it: the sales order it ships ({@code erpOrderId}), its ship
 * date, its status (e.g. {@code Shipped}) and the tracking numbers of its packages. Absent values
 * are null; {@code trackingNumbers} is never null.
 */
public record Fulfillment(String erpId, String number, String erpOrderId, LocalDate shipDate, String status,
                          List<String> trackingNumbers, Instant lastModified) {

    public Fulfillment {
        trackingNumbers = trackingNumbers == null ? List.of() : List.copyOf(trackingNumbers);
    }

    /** How operators and the skipped-record list name it, e.g. {@code item fulfillment 600000001}. */
    public String key() {
        return "item fulfillment " + erpId;
    }
}
