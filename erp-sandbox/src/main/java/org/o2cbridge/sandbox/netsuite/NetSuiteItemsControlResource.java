package org.o2cbridge.sandbox.netsuite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
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
 * such item alone): adds each item, or changes the name and price of an existing one. Items added
 * here are gone after a reset, which puts back only the configured catalog.
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
        JsonValue given = body.containsKey("items") ? body.get("items") : Json.createArrayBuilder().add(body).build();
        if (given.getValueType() != JsonValue.ValueType.ARRAY || given.asJsonArray().isEmpty()) {
            throw ProblemException.invalidRequest("items must be a non-empty array of items");
        }
        for (JsonValue item : given.asJsonArray()) {
            items.add(toItem(item));
        }
        JsonArrayBuilder saved = Json.createArrayBuilder();
        items.forEach(item -> saved.add(records.putItem(item).record()));
        return Json.createObjectBuilder().add("items", saved).build();
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
