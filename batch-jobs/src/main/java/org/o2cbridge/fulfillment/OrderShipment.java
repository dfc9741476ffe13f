package org.o2cbridge.fulfillment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What Salesforce shows of a sales order's shipments, on its Order: the status of its latest
 * fulfillment, the tracking numbers of all its fulfillments and the latest ship date.
 *
 * <p>Partial shipments accumulate without state in the bridge: {@link #of} is computed from
 * <em>every</em> fulfillment the ERP holds for the order, not from the ones changed since the last
 * run, so a run, a re-run or a restarted chunk writes the same whole value again and a tracking
 * number never appears twice. Numbers are ordered by ship date, then fulfillment id, and joined one
 * per line; when they exceed {@value #MAX_TRACKING_LENGTH} characters (the length of the
 * package's long text field) the oldest are dropped, so the newest remain.
 */
public record OrderShipment(String sfOrderId, String erpOrderId, String status, String trackingNumbers,
                            LocalDate shipDate) {

    public static final int MAX_TRACKING_LENGTH = 4000;

    /** The order's shipment from all its fulfillments (at least one). */
    public static OrderShipment of(String sfOrderId, String erpOrderId, List<Fulfillment> fulfillments) {
        List<Fulfillment> ordered = new ArrayList<>(fulfillments);
        ordered.sort(Comparator.comparing(Fulfillment::shipDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Fulfillment::lastModified, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(f -> new java.math.BigInteger(f.erpId().matches("\\d+") ? f.erpId() : "0"))
                .thenComparing(Fulfillment::erpId));
        Set<String> numbers = new LinkedHashSet<>();
        LocalDate shipDate = null;
        for (Fulfillment fulfillment : ordered) {
            fulfillment.trackingNumbers().stream().map(String::trim).filter(n -> !n.isEmpty()).forEach(numbers::add);
            if (fulfillment.shipDate() != null && (shipDate == null || fulfillment.shipDate().isAfter(shipDate))) {
                shipDate = fulfillment.shipDate();
            }
        }
        String status = ordered.isEmpty() ? null : ordered.get(ordered.size() - 1).status();
        return new OrderShipment(sfOrderId, erpOrderId, status, tracking(new ArrayList<>(numbers)), shipDate);
    }

    /** The numbers one per line, the oldest dropped while the text exceeds the field. */
    static String tracking(List<String> numbers) {
        List<String> kept = new ArrayList<>(numbers);
        while (!kept.isEmpty() && String.join("\n", kept).length() > MAX_TRACKING_LENGTH) {
            kept.remove(0);
        }
        return kept.isEmpty() ? null : String.join("\n", kept);
    }
}
