package org.o2cbridge.sandbox.d365;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.o2cbridge.sandbox.d365.odata.D365Store;
import org.o2cbridge.sandbox.d365.odata.D365Store.EntitySet;
import org.o2cbridge.sandbox.platform.ProblemException;

/**
 * Control API of the simulated F&O environment: its records by entity set, and one sales order with
 * its lines by its customer's order reference ({@code ?customersOrderReference=801…}) or a customer
 * by account ({@code ?customerAccount=001…}). (The shared {@code faults}, {@code settings} and
 * {@code stats} are {@code SystemControlResource}'s.)
 */
@RequestScoped
@Path("api/d365/records")
@Produces(MediaType.APPLICATION_JSON)
public class D365ControlResource {
    @Inject
    D365Simulator simulator;

    /** Every record of an entity set, or one sales order with its lines by its customer's order reference. */
    @GET
    @Path("{entitySet}")
    public JsonObject records(@PathParam("entitySet") String entitySet,
                              @QueryParam("customersOrderReference") String reference,
                              @QueryParam("customerAccount") String customerAccount) {
        EntitySet set = EntitySet.byApiName(entitySet).orElseThrow(() -> ProblemException.notFound(
                "There is no entity set '" + entitySet + "'; known: CustomersV3, SalesOrderHeadersV2, SalesOrderLines, "
                        + "ReleasedProductsV2"));
        D365Store store = simulator.service().store();
        if (reference != null) {
            JsonObject header = store.all(EntitySet.SALES_ORDER_HEADERS).stream()
                    .filter(h -> reference.equals(text(h, "CustomersOrderReference"))).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("No sales order has CustomersOrderReference " + reference));
            JsonArrayBuilder lines = Json.createArrayBuilder();
            store.all(EntitySet.SALES_ORDER_LINES).stream()
                    .filter(l -> l.getString("dataAreaId").equals(header.getString("dataAreaId"))
                            && l.getString("SalesOrderNumber").equals(header.getString("SalesOrderNumber")))
                    .forEach(lines::add);
            return Json.createObjectBuilder(header).add("lines", lines).build();
        }
        if (customerAccount != null) {
            return store.all(EntitySet.CUSTOMERS).stream()
                    .filter(c -> customerAccount.equals(text(c, "CustomerAccount"))).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("No customer has CustomerAccount " + customerAccount));
        }
        List<JsonObject> all = store.all(set);
        return Json.createObjectBuilder().add("entitySet", set.apiName()).add("count", all.size())
                .add("records", Json.createArrayBuilder(all)).build();
    }


    private static String text(JsonObject entity, String field) {
        return entity.get(field) instanceof JsonString s ? s.getString() : null;
    }
}
