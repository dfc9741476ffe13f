package org.o2cbridge.sandbox.sap;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The simulated system's outbound deliveries, as {@code API_OUTBOUND_DELIVERY_SRV;v=0002} shows
 * them: headers ({@code A_OutbDeliveryHeader}) numbered from 80000000, each with its items
 * ({@code A_OutbDeliveryItem}) referring to the sales order items they ship
 * ({@code ReferenceSDDocument}/{@code ReferenceSDDocumentItem}). A delivery made through the
 * control API has its goods issue posted ({@code OverallGoodsMovementStatus} C) on the date given;
 * an order item is delivered once. Dates are v2 {@code /Date(ms)/} values at UTC midnight.
 */
public final class SapDeliveries {

    private final List<JsonObject> headers = new ArrayList<>();
    private long nextNumber = 80_000_000L;

    /**
     * Ships {@code items} of a sales order (all its items not delivered yet when empty) in one new
     * delivery with goods issue posted on {@code goodsIssue}, changed on {@code changedOn}.
     */
    public synchronized JsonObject ship(JsonObject salesOrder, List<String> items, String billOfLading,
                                        LocalDate goodsIssue, LocalDate changedOn) {
        String order = salesOrder.getString("SalesOrder");
        Set<String> delivered = new LinkedHashSet<>();
        items(null).stream().filter(i -> order.equals(i.getString("ReferenceSDDocument")))
                .forEach(i -> delivered.add(i.getString("ReferenceSDDocumentItem")));
        String number = Long.toString(nextNumber++);
        JsonArrayBuilder shipped = Json.createArrayBuilder();
        int position = 10;
        int count = 0;
        for (JsonValue value : salesOrder.getJsonArray("_Item")) {
            JsonObject item = value.asJsonObject();
            String itemNumber = item.getString("SalesOrderItem");
            if (delivered.contains(itemNumber) || (!items.isEmpty() && !items.contains(itemNumber))) {
                continue;
            }
            shipped.add(Json.createObjectBuilder().add("DeliveryDocument", number)
                    .add("DeliveryDocumentItem", String.format("%06d", position))
                    .add("Material", item.getString("Product", ""))
                    .add("ActualDeliveryQuantity", item.get("RequestedQuantity").toString())
                    .add("ReferenceSDDocument", order).add("ReferenceSDDocumentItem", itemNumber)
                    .add("GoodsMovementStatus", "C"));
            position += 10;
            count++;
        }
        if (count == 0) {
            nextNumber--;
            throw new IllegalArgumentException("sales order " + order + " has no item left to deliver among " + items);
        }
        JsonObject header = Json.createObjectBuilder().add("DeliveryDocument", number)
                .add("DeliveryDocumentType", "LF")
                .add("SoldToParty", salesOrder.getString("SoldToParty", ""))
                .add("SalesOrganization", salesOrder.getString("SalesOrganization", ""))
                .add("CreationDate", date(changedOn)).add("LastChangeDate", date(changedOn))
                .add("ActualGoodsMovementDate", date(goodsIssue)).add("OverallGoodsMovementStatus", "C")
                .add("BillOfLading", billOfLading == null ? "" : billOfLading)
                .add("to_DeliveryDocumentItem", shipped).build();
        headers.add(header);
        return header;
    }

    /** Every header with its items, in number order. */
    public synchronized List<JsonObject> headers() {
        return List.copyOf(headers);
    }

    /** Every item of every delivery, or of one delivery. */
    public synchronized List<JsonObject> items(String delivery) {
        List<JsonObject> items = new ArrayList<>();
        for (JsonObject header : headers) {
            if (delivery == null || delivery.equals(header.getString("DeliveryDocument"))) {
                header.getJsonArray("to_DeliveryDocumentItem").forEach(i -> items.add(i.asJsonObject()));
            }
        }
        return items;
    }

    public synchronized int count() {
        return headers.size();
    }

    public synchronized void clear() {
        headers.clear();
        nextNumber = 80_000_000L;
    }

    static String date(LocalDate date) {
        return "/Date(" + date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + ")/";
    }
}
