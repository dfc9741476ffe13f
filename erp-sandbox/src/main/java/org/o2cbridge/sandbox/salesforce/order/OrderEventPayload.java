package org.o2cbridge.sandbox.salesforce.order;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.o2cbridge.sandbox.salesforce.data.SObjectRecord;

/**
 * Builds the order-event body the O2C package POSTs when an order is activated, exactly as the
 * published contract ({@code order-event.schema.json}) defines it. The idempotency key is the
 * order id and the activation's LastModifiedDate in UTC with milliseconds, so the same activation
 * delivered again carries the same key.
 */
public final class OrderEventPayload {

    private static final DateTimeFormatter UTC_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private OrderEventPayload() {
    }

    public static String idempotencyKey(SObjectRecord order) {
        return order.id() + ":" + UTC_MILLIS.format(order.lastModifiedDate());
    }

    /** The batch body for one activated order, its account and its order items. */
    public static JsonObject of(SObjectRecord order, SObjectRecord account, List<SObjectRecord> items) {
        JsonObjectBuilder event = Json.createObjectBuilder()
                .add("sfOrderId", order.id())
                .add("idempotencyKey", idempotencyKey(order));
        addText(event, "orderNumber", order.text("OrderNumber"));
        event.add("effectiveDate", order.date("EffectiveDate").toString());
        if (order.instant("ActivatedDate") != null) {
            event.add("activatedAt", UTC_MILLIS.format(order.instant("ActivatedDate")));
        }
        event.add("currency", order.text("CurrencyIsoCode"));
        addText(event, "poNumber", order.text("PoNumber"));
        addText(event, "legalEntity", order.text("Legal_Entity__c"));
        addText(event, "paymentTerms", order.text("Payment_Terms__c"));
        addText(event, "shippingMethod", order.text("Shipping_Method__c"));
        event.add("account", account(account));
        JsonArrayBuilder lines = Json.createArrayBuilder();
        items.forEach(item -> lines.add(line(item)));
        event.add("lines", lines);
        return Json.createObjectBuilder().add("orders", Json.createArrayBuilder().add(event)).build();
    }

    private static JsonObjectBuilder account(SObjectRecord account) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("sfAccountId", account.id())
                .add("name", account.text("Name"));
        address(account, "Billing").ifPresent(address -> json.add("billingAddress", address));
        address(account, "Shipping").ifPresent(address -> json.add("shippingAddress", address));
        return json;
    }

    private static Optional<JsonObjectBuilder> address(SObjectRecord account, String kind) {
        List<String> parts = List.of("Street", "City", "State", "PostalCode", "Country");
        if (parts.stream().map(part -> account.text(kind + part)).allMatch(Objects::isNull)) {
            return Optional.empty();
        }
        JsonObjectBuilder address = Json.createObjectBuilder();
        for (String part : parts) {
            addText(address, Character.toLowerCase(part.charAt(0)) + part.substring(1), account.text(kind + part));
        }
        return Optional.of(address);
    }

    private static JsonObjectBuilder line(SObjectRecord item) {
        return Json.createObjectBuilder()
                .add("sfOrderItemId", item.id())
                .add("productCode", item.text("ProductCode"))
                .add("quantity", item.number("Quantity"))
                .add("unitPrice", item.number("UnitPrice"))
                .add("unitOfMeasure", item.text("Unit_of_Measure__c"));
    }

    private static void addText(JsonObjectBuilder json, String key, String value) {
        if (value == null) {
            json.addNull(key);
        } else {
            json.add(key, value);
        }
    }
}
