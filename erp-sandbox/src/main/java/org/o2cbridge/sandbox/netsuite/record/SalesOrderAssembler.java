package org.o2cbridge.sandbox.netsuite.record;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a sales order as the account stores it from a request body: resolves the customer, the
 * currency and every line's item, prices each line from the item's base price (a rate or amount
 * in the request is ignored), and keeps the order number ({@code tranId}), status and creation
 * date of an existing order. The item sublist is replaced, or on a plain PATCH appended to.
 */
final class SalesOrderAssembler {

    static final JsonObject PENDING_FULFILLMENT = Json.createObjectBuilder()
            .add("id", "B").add("refName", "Pending Fulfillment").build();
    private static final Map<String, String> CURRENCY_IDS = Map.of("USD", "1", "GBP", "2", "CAD", "3", "EUR", "4");
    private static final Set<String> MANAGED = Set.of("id", "externalId", "entity", "currency", "tranDate", "item",
            "tranId", "status", "subtotal", "total", "links", "createdDate", "lastModifiedDate");

    private final NetSuiteAccount account;
    private final References references;
    private final Clock clock;

    SalesOrderAssembler(NetSuiteAccount account, Clock clock) {
        this.account = account;
        this.references = new References(account);
        this.clock = clock;
    }

    JsonObject build(JsonObject body, Optional<JsonObject> existing, String id, String externalId, boolean replaceLines) {
        JsonObject before = existing.orElse(JsonValue.EMPTY_JSON_OBJECT);
        JsonObjectBuilder order = Json.createObjectBuilder(before);
        body.forEach((key, value) -> {
            if (!MANAGED.contains(key)) {
                order.add(key, value);
            }
        });
        order.add("id", id);
        if (externalId != null) {
            order.add("externalId", externalId);
        }
        order.add("entity", entity(body, before));
        order.add("currency", currency(body, before));
        order.add("tranDate", tranDate(body, before));
        JsonArray lines = lines(body, before, replaceLines);
        BigDecimal total = lines.stream().map(line -> line.asJsonObject().getJsonNumber("amount").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        order.add("item", Json.createObjectBuilder().add("items", lines));
        order.add("subtotal", total).add("total", total);
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        order.add("createdDate", before.getString("createdDate", now)).add("lastModifiedDate", now);
        order.add("status", before.containsKey("status") ? before.get("status") : PENDING_FULFILLMENT);
        order.add("tranId", before.containsKey("tranId") ? before.getString("tranId") : account.nextTranId());
        return order.build();
    }

    private JsonValue entity(JsonObject body, JsonObject before) {
        if (!body.containsKey("entity")) {
            if (before.containsKey("entity")) {
                return before.get("entity");
            }
            throw new NetSuiteApiException(400, "USER_ERROR",
                    "Error while accessing resource: Please enter value(s) for: Customer", "entity");
        }
        JsonObject customer = references.resolve(RecordType.CUSTOMER, body.get("entity"), "entity", "entity");
        return References.refTo(customer, customer.getString("companyName", customer.getString("id"))).build();
    }

    private JsonValue currency(JsonObject body, JsonObject before) {
        if (!body.containsKey("currency")) {
            return before.containsKey("currency") ? before.get("currency")
                    : Json.createObjectBuilder().add("id", "1").add("refName", "USD").build();
        }
        JsonObject given = body.get("currency") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        Optional<String> code = References.text(given, "refName")
                .or(() -> References.text(given, "id").flatMap(SalesOrderAssembler::currencyCode));
        String id = code.map(CURRENCY_IDS::get).orElseThrow(() -> NetSuiteApiException.invalidFieldValue(
                References.text(given, "refName").or(() -> References.text(given, "id")).orElse(body.get("currency").toString()),
                "currency", "currency"));
        return Json.createObjectBuilder().add("id", id).add("refName", code.get()).build();
    }

    private static Optional<String> currencyCode(String id) {
        return CURRENCY_IDS.entrySet().stream().filter(entry -> entry.getValue().equals(id)).map(Map.Entry::getKey).findFirst();
    }

    private String tranDate(JsonObject body, JsonObject before) {
        if (!body.containsKey("tranDate")) {
            return before.getString("tranDate", LocalDate.now(clock).toString());
        }
        String given = body.get("tranDate") instanceof JsonString text ? text.getString() : body.get("tranDate").toString();
        try {
            return LocalDate.parse(given).toString();
        } catch (DateTimeParseException e) {
            throw NetSuiteApiException.invalidFieldValue(given, "tranDate", "tranDate");
        }
    }

    private JsonArray lines(JsonObject body, JsonObject before, boolean replace) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        int count = 0;
        if (!body.containsKey("item") || !replace) {
            JsonArray kept = before.containsKey("item") ? before.getJsonObject("item").getJsonArray("items") : JsonValue.EMPTY_JSON_ARRAY;
            for (JsonValue line : kept) {
                lines.add(line);
                count++;
            }
        }
        if (body.containsKey("item")) {
            JsonValue sublist = body.get("item");
            if (!(sublist instanceof JsonObject object) || !(object.get("items") instanceof JsonArray items)) {
                throw NetSuiteApiException.invalidContent("Error while accessing resource: the item sublist must be "
                        + "an object with an items array.", "item");
            }
            for (int i = 0; i < items.size(); i++) {
                lines.add(line(items.get(i), i, ++count));
            }
        }
        if (count == 0) {
            throw new NetSuiteApiException(400, "USER_ERROR",
                    "Error while accessing resource: You must enter at least one line item for this transaction.", "item");
        }
        return lines.build();
    }

    private JsonObject line(JsonValue given, int index, int lineNumber) {
        String path = "item.items[" + index + "]";
        JsonObject line = given instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject item = references.resolve(RecordType.INVENTORY_ITEM, line.getOrDefault("item", JsonValue.NULL),
                "item", path + ".item");
        if (!(line.get("quantity") instanceof JsonNumber quantity) || quantity.bigDecimalValue().signum() <= 0) {
            throw NetSuiteApiException.invalidFieldValue(String.valueOf(line.get("quantity")), "quantity", path + ".quantity");
        }
        BigDecimal rate = item.getJsonNumber("basePrice").bigDecimalValue();
        BigDecimal amount = rate.multiply(quantity.bigDecimalValue()).setScale(2, RoundingMode.HALF_UP);
        JsonObjectBuilder priced = Json.createObjectBuilder()
                .add("line", lineNumber)
                .add("item", References.refTo(item, item.getString("itemId")))
                .add("description", item.getString("displayName"))
                .add("quantity", quantity.bigDecimalValue());
        if (line.get("units") instanceof JsonString units) {
            priced.add("units", units.getString());
        }
        return priced.add("rate", rate).add("amount", amount).build();
    }
}
