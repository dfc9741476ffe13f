package org.o2cbridge.sandbox.sap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.o2cbridge.sandbox.platform.ProblemException;

/**
 * Control API for SAP's outbound deliveries, {@code /api/sap/deliveries}: {@code POST} with
 * {@code {"order":"801…","items":["10"],"billOfLading":"1Z…","goodsIssueDate":"2026-03-01","changedOn":"2026-03-02"}}
 * ships items of the sales order whose {@code PurchaseOrderByCustomer} is that Salesforce Order id
 * (or {@code "salesOrder":"…"} by number) in one delivery with goods issue posted: the items named
 * (all not delivered yet when {@code items} is absent), a partial shipment when some remain. Dates
 * default to today (UTC). {@code GET} lists the deliveries with their items; {@code DELETE} forgets
 * them, as a sandbox reset does.
 */
@RequestScoped
@Path("api/sap/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class SapDeliveriesControlResource {

    @Inject
    SapSimulator sap;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject ship(@NotNull(message = "a JSON body is required") JsonObject body) {
        JsonObject order;
        if (body.get("salesOrder") instanceof JsonString number) {
            order = sap.book().salesOrder(number.getString()).orElseThrow(() ->
                    ProblemException.invalidRequest("no sales order " + number.getString()));
        } else if (body.get("order") instanceof JsonString sfOrder) {
            order = sap.book().salesOrders(o -> sfOrder.getString().equals(o.getString("PurchaseOrderByCustomer", "")))
                    .stream().findFirst().orElseThrow(() -> ProblemException.invalidRequest(
                            "no sales order has PurchaseOrderByCustomer " + sfOrder.getString()));
        } else {
            throw ProblemException.invalidRequest("order (a Salesforce Order id) or salesOrder (a number) is required");
        }
        List<String> items = new ArrayList<>();
        if (body.get("items") instanceof JsonArray given) {
            for (JsonValue item : given) {
                if (!(item instanceof JsonString text)) {
                    throw ProblemException.invalidRequest("items must be sales order item numbers (text)");
                }
                items.add(text.getString());
            }
        }
        try {
            return sap.deliveries().ship(order, items, body.getString("billOfLading", null),
                    date(body, "goodsIssueDate"), date(body, "changedOn"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidRequest(e.getMessage());
        }
    }

    @GET
    public JsonObject list() {
        JsonArrayBuilder deliveries = Json.createArrayBuilder();
        sap.deliveries().headers().forEach(deliveries::add);
        return Json.createObjectBuilder().add("count", sap.deliveries().count()).add("deliveries", deliveries).build();
    }

    @DELETE
    public JsonObject clear() {
        sap.deliveries().clear();
        return list();
    }

    private static LocalDate date(JsonObject body, String field) {
        if (!(body.get(field) instanceof JsonString text)) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(text.getString());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidRequest(field + " must be a date such as 2026-03-01");
        }
    }
}
