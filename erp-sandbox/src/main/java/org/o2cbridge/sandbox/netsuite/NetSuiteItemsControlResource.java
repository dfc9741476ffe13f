package org.o2cbridge.sandbox.netsuite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.o2cbridge.sandbox.netsuite.record.CatalogItem;
import org.o2cbridge.sandbox.netsuite.record.RecordService;
import org.o2cbridge.sandbox.platform.ProblemException;

/**
 * Control API to extend the account's item catalog, {@code POST /api/netsuite/items} with
 * {@code {"items":[{"externalId":"WID-300","displayName":"Widget Max","basePrice":42.0}]}} (or one
 * such item alone): adds each item, or changes the name and price of an existing one. An item may
 * also give its {@code description} (text), {@code isInactive} (boolean) and
 * {@code quantityAvailable} (number); those not given keep their values. Each put moves the item's
 * {@code lastModifiedDate}, as a change in NetSuite does, so a delta read sees it. Items added here
 * are gone after a reset, which puts back only the configured catalog.
 */
@RequestScoped
@Path("api/netsuite/items")
@Produces(MediaType.APPLICATION_JSON)
public class NetSuiteItemsControlResource {

    @Inject
    RecordService records;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject add(@NotNull(message = "a JSON body is required") JsonObject body) {
        List<CatalogItem> items = new ArrayList<>();
        List<JsonObject> more = new ArrayList<>();
        JsonValue given = body.containsKey("items") ? body.get("items") : Json.createArrayBuilder().add(body).build();
        if (given.getValueType() != JsonValue.ValueType.ARRAY || given.asJsonArray().isEmpty()) {
            throw ProblemException.invalidRequest("items must be a non-empty array of items");
        }
        for (JsonValue item : given.asJsonArray()) {
            items.add(toItem(item));
            more.add(moreOf(item.asJsonObject()));
        }
        JsonArrayBuilder saved = Json.createArrayBuilder();
        for (int i = 0; i < items.size(); i++) {
            saved.add(records.putItem(items.get(i), more.get(i)).record());
        }
        return Json.createObjectBuilder().add("items", saved).build();
    }

    private static JsonObject moreOf(JsonObject item) {
        JsonObjectBuilder more = Json.createObjectBuilder();
        if (item.containsKey("description")) {
            if (!(item.get("description") instanceof JsonString text)) {
                throw ProblemException.invalidRequest("an item's description is text: " + item);
            }
            more.add("description", text);
        }
        if (item.containsKey("isInactive")) {
            JsonValue flag = item.get("isInactive");
            if (flag.getValueType() != JsonValue.ValueType.TRUE && flag.getValueType() != JsonValue.ValueType.FALSE) {
                throw ProblemException.invalidRequest("an item's isInactive is true or false: " + item);
            }
            more.add("isInactive", flag);
        }
        if (item.containsKey("quantityAvailable")) {
            if (!(item.get("quantityAvailable") instanceof JsonNumber quantity) || quantity.bigDecimalValue().signum() < 0) {
                throw ProblemException.invalidRequest("an item's quantityAvailable is a number, 0 or more: " + item);
            }
            more.add("quantityAvailable", quantity);
        }
        return more.build();
    }

    private static CatalogItem toItem(JsonValue value) {
        if (!(value instanceof JsonObject item) || !(item.get("externalId") instanceof JsonString externalId)
                || !(item.get("basePrice") instanceof JsonNumber price)) {
            throw ProblemException.invalidRequest("each item needs an externalId (text) and a basePrice (number): " + value);
        }
        String name = item.get("displayName") instanceof JsonString text ? text.getString() : null;
        try {
            return new CatalogItem(externalId.getString(), name, price.bigDecimalValue());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidRequest(e.getMessage());
        }
    }
}
