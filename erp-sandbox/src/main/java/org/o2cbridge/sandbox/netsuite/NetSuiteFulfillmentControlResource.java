package org.o2cbridge.sandbox.netsuite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeMap;
import org.o2cbridge.sandbox.netsuite.fulfillment.FulfillmentHistory;
import org.o2cbridge.sandbox.netsuite.fulfillment.FulfillmentPlan;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteAccount;
import org.o2cbridge.sandbox.netsuite.record.RecordType;
import org.o2cbridge.sandbox.platform.ProblemException;

/**
 * Control API for the account's item fulfillments, {@code /api/netsuite/fulfillments}: {@code PUT}
 * with {@code {"seed":42,"shipmentsPerOrder":2,"shippedShare":1.0,"unlinkedFulfillments":0,
 * "since":"2026-01-01T00:00:00Z","orders":["801…"]}} (every field optional) replaces them with the
 * fulfillments that plan gives for the account's sales orders (those whose external ids, the
 * Salesforce Order ids, {@code orders} names, when it is given); {@code GET} answers their count and
 * the first {@code limit} (100) of them; {@code DELETE} forgets them. SuiteQL reads them in
 * {@code transaction} as type {@code ItemShip}; a sandbox reset forgets them too.
 */
@RequestScoped
@Path("api/netsuite/fulfillments")
@Produces(MediaType.APPLICATION_JSON)
public class NetSuiteFulfillmentControlResource {

    @Inject
    FulfillmentHistory fulfillments;

    @Inject
    NetSuiteAccount account;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject generate(JsonObject body) {
        JsonObject given = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        FulfillmentPlan plan;
        try {
            plan = new FulfillmentPlan(number(given, "seed", 1).longValue(), number(given, "shipmentsPerOrder", 2).intValue(),
                    number(given, "shippedShare", 1.0).doubleValue(), number(given, "unlinkedFulfillments", 0).intValue(),
                    since(given));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidRequest(e.getMessage());
        }
        List<JsonObject> salesOrders = account.all(RecordType.SALES_ORDER);
        if (given.get("orders") instanceof JsonArray orders) {
            Set<String> named = orders.stream().filter(JsonString.class::isInstance)
                    .map(order -> ((JsonString) order).getString()).collect(Collectors.toSet());
            salesOrders = salesOrders.stream().filter(order -> named.contains(order.getString("externalId", ""))).toList();
        }
        return summary(fulfillments.generate(plan, salesOrders), Integer.MAX_VALUE);
    }

    @GET
    public JsonObject list(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 0) {
            throw ProblemException.invalidRequest("limit must be 0 or more");
        }
        return summary(fulfillments.documents(), limit);
    }

    @DELETE
    public JsonObject clear() {
        fulfillments.clear();
        return summary(List.of(), 0);
    }

    private static JsonObject summary(List<JsonObject> documents, int limit) {
        Map<String, Integer> counts = new TreeMap<>();
        documents.forEach(document -> counts.merge(document.getString("type"), 1, Integer::sum));
        JsonObjectBuilder byType = Json.createObjectBuilder();
        counts.forEach(byType::add);
        JsonArrayBuilder first = Json.createArrayBuilder();
        documents.stream().limit(limit).forEach(first::add);
        return Json.createObjectBuilder().add("count", documents.size()).add("byType", byType)
                .add("documents", first).build();
    }

    private static Number number(JsonObject body, String name, Number fallback) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return fallback;
        }
        if (value instanceof JsonNumber number) {
            return number.numberValue();
        }
        throw ProblemException.invalidRequest(name + " must be a number");
    }

    private static Instant since(JsonObject body) {
        if (!(body.get("since") instanceof JsonString text)) {
            return FulfillmentPlan.DEFAULT_SINCE;
        }
        try {
            return Instant.parse(text.getString());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidRequest("since must be an instant such as 2026-01-01T00:00:00Z");
        }
    }
}
