package org.o2cbridge.sandbox.d365;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.o2cbridge.sandbox.d365.odata.D365Store;
import org.o2cbridge.sandbox.d365.odata.D365Store.EntitySet;
import org.o2cbridge.sandbox.platform.ProblemException;

/**
 * Control API for posted sales packing slips, {@code /api/d365/packing-slips}: {@code POST} with
 * {@code {"order":"801…","trackingNumbers":"1Z…","deliveryDate":"2026-03-01","complete":false}}
 * posts a packing slip of the sales order whose {@code CustomersOrderReference} is that Salesforce
 * Order id (or {@code "salesOrder":"usmf:000001"}): numbered {@code PS-000001} on, changed now, and
 * when {@code complete} the order's {@code SalesOrderStatus} becomes {@code Delivered} (else a
 * partial shipment, the order stays open). OData reads them in {@code CustomerPackingSlipJournalHeaders};
 * {@code GET} lists them; a sandbox reset forgets them.
 */
@RequestScoped
@Path("api/d365/packing-slips")
@Produces(MediaType.APPLICATION_JSON)
public class D365PackingSlipsControlResource {

    @Inject
    D365Simulator simulator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject post(@NotNull(message = "a JSON body is required") JsonObject body) {
        D365Store store = simulator.service().store();
        JsonObject order;
        if (body.get("salesOrder") instanceof JsonString id && id.getString().indexOf(':') > 0) {
            String[] parts = id.getString().split(":", 2);
            order = store.find(EntitySet.SALES_ORDER_HEADERS, parts[0], parts[1]).orElseThrow(() ->
                    ProblemException.invalidRequest("no sales order " + id.getString()));
        } else if (body.get("order") instanceof JsonString sfOrder) {
            order = store.all(EntitySet.SALES_ORDER_HEADERS).stream()
                    .filter(o -> sfOrder.getString().equals(o.getString("CustomersOrderReference", "")))
                    .findFirst().orElseThrow(() -> ProblemException.invalidRequest(
                            "no sales order has CustomersOrderReference " + sfOrder.getString()));
        } else {
            throw ProblemException.invalidRequest("order (a Salesforce Order id) or salesOrder (company:number) is required");
        }
        LocalDate delivery = date(body);
        boolean complete = body.getBoolean("complete", true);
        String company = order.getString("dataAreaId");
        return store.inTransaction(tx -> {
            String number = String.format(Locale.ROOT, "PS-%06d", store.all(EntitySet.PACKING_SLIPS).size() + 1);
            JsonObject slip = Json.createObjectBuilder().add("dataAreaId", company).add("PackingSlipId", number)
                    .add("SalesOrderNumber", order.getString("SalesOrderNumber"))
                    .add("CustomerAccountNumber", order.getString("OrderingCustomerAccountNumber", ""))
                    .add("DeliveryDate", delivery.atTime(12, 0).atOffset(ZoneOffset.UTC).toString())
                    .add("ModifiedDateTime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                    .add("TrackingNumbers", body.getString("trackingNumbers", "")).build();
            tx.put(EntitySet.PACKING_SLIPS, company, number, slip);
            if (complete) {
                tx.put(EntitySet.SALES_ORDER_HEADERS, company, order.getString("SalesOrderNumber"),
                        Json.createObjectBuilder(order).add("SalesOrderStatus", "Delivered").build());
            }
            return slip;
        });
    }

    @GET
    public JsonObject list() {
        JsonArrayBuilder slips = Json.createArrayBuilder();
        var all = simulator.service().store().all(EntitySet.PACKING_SLIPS);
        all.forEach(slips::add);
        return Json.createObjectBuilder().add("count", all.size()).add("packingSlips", slips).build();
    }

    private static LocalDate date(JsonObject body) {
        if (!(body.get("deliveryDate") instanceof JsonString text)) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(text.getString());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidRequest("deliveryDate must be a date such as 2026-03-01");
        }
    }
}
