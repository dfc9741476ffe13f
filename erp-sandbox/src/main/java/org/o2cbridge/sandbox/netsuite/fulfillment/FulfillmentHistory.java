package org.o2cbridge.sandbox.netsuite.fulfillment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The simulated account's item fulfillments ({@code ItemShip}), generated from a seed
 * ({@link FulfillmentPlan}) and answered by SuiteQL's {@code transaction} table, with the sales
 * order they ship ({@code createdFrom}), the ship date ({@code tranDate}), their status
 * ({@code Picked}, {@code Packed}, {@code Shipped}: ids A, B, C) and {@code trackingNumbers}. NetSuite keeps
 * tracking numbers on the fulfillment's packages; the simulator simplifies them to one text field
 * of numbers separated by spaces. A fulfillment changes one minute after the one before it, and
 * its internal id is {@value #FIRST_ID} plus the minute of its change since the epoch: apart from
 * the ids of records and billing documents (500000000 on) and of the sales-order history
 * (900000001 on), and never reused by a later history.
 */
@ApplicationScoped
public class FulfillmentHistory {

    static final long FIRST_ID = 600_000_000L;
    /** Internal ids of the sales orders of unlinked fulfillments, which the account does not hold. */
    public static final String UNLINKED_ORDER_PREFIX = "4";

    private List<JsonObject> documents = List.of();

    public synchronized List<JsonObject> documents() {
        return documents;
    }

    public synchronized void clear() {
        documents = List.of();
    }

    /** Replaces the fulfillments with the plan's, for the given sales orders (records of the account). */
    public synchronized List<JsonObject> generate(FulfillmentPlan plan, List<JsonObject> salesOrders) {
        Random random = new Random(plan.seed());
        List<JsonObject> generated = new ArrayList<>();
        long[] sequence = {0};
        List<String> orderIds = new ArrayList<>(salesOrders.stream()
                .sorted(Comparator.comparing(order -> new BigDecimal(order.getString("id"))))
                .map(order -> order.getString("id")).toList());
        for (int i = 0; i < plan.unlinkedFulfillments(); i++) {
            orderIds.add(UNLINKED_ORDER_PREFIX + String.format("%08d", i + 1));
        }
        int linked = salesOrders.size();
        for (int o = 0; o < orderIds.size(); o++) {
            int shipments = o < linked ? plan.shipmentsPerOrder() : 1;
            for (int s = 0; s < shipments; s++) {
                boolean last = s == shipments - 1;
                String status = !last || random.nextDouble() < plan.shippedShare() ? "Shipped" : "Packed";
                Instant at = plan.since().plusSeconds(60 * ++sequence[0]);
                String id = Long.toString(FIRST_ID + at.getEpochSecond() / 60);
                generated.add(Json.createObjectBuilder().add("id", id).add("type", "ItemShip")
                        .add("tranId", "IF" + (Long.parseLong(id) - FIRST_ID))
                        .add("tranDate", at.atZone(ZoneOffset.UTC).toLocalDate().toString())
                        .add("createdFrom", Json.createObjectBuilder().add("id", orderIds.get(o)))
                        .add("status", Json.createObjectBuilder().add("id", status.equals("Shipped") ? "C" : "B").add("refName", status))
                        .add("trackingNumbers", trackingNumber(random))
                        .add("createdDate", at.toString()).add("lastModifiedDate", at.toString()).build());
            }
        }
        documents = List.copyOf(generated);
        return documents;
    }

    private static String trackingNumber(Random random) {
        StringBuilder number = new StringBuilder("1Z");
        String digits = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        for (int i = 0; i < 16; i++) {
            number.append(digits.charAt(random.nextInt(digits.length())));
        }
        return number.toString();
    }
}
