package org.o2cbridge.sandbox.sap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.Predicate;
import org.o2cbridge.sandbox.platform.ProblemException;

/**
 * Control API to look into the SAP simulator's documents, {@code /api/sap/records/{entitySet}}
 * (sandbox only, no authentication): one document by external key, or all of a set with a count;
 * a sales order can be deleted by its external key, as if someone had removed it in SAP.
 */
@RequestScoped
@Path("api/sap/records/{entitySet}")
@Produces(MediaType.APPLICATION_JSON)
public class SapRecordsControlResource {

    @Inject
    SapSimulator sap;

    /**
     * {@code SalesOrder} (key: {@code PurchaseOrderByCustomer}) or {@code A_BusinessPartner} (key:
     * {@code BusinessPartnerIDByExtSystem}): one document by {@code externalKey}, or all with a count.
     */
    @GET
    public JsonObject records(@PathParam("entitySet") String entitySet, @QueryParam("externalKey") String key) {
        List<JsonObject> found = switch (entitySet) {
            case "SalesOrder" -> sap.book().salesOrders(by("PurchaseOrderByCustomer", key));
            case "A_BusinessPartner" -> sap.book().businessPartners(by("BusinessPartnerIDByExtSystem", key));
            default -> throw ProblemException.notFound("There is no SAP entity set '" + entitySet
                    + "'; known: SalesOrder, A_BusinessPartner");
        };
        if (key != null) {
            return found.stream().findFirst().orElseThrow(() -> ProblemException.notFound(
                    "There is no " + entitySet + " with external key " + key));
        }
        JsonArrayBuilder records = Json.createArrayBuilder();
        found.forEach(records::add);
        return Json.createObjectBuilder().add("entitySet", entitySet).add("count", found.size())
                .add("records", records).build();
    }

    /** Deletes the {@code SalesOrder} of {@code externalKey} ({@code PurchaseOrderByCustomer}); 404 when there is none. */
    @DELETE
    public JsonObject delete(@PathParam("entitySet") String entitySet, @QueryParam("externalKey") String key) {
        if (!"SalesOrder".equals(entitySet) || key == null || key.isBlank()) {
            throw ProblemException.notFound("Only a SalesOrder can be deleted, by its externalKey");
        }
        int deleted = sap.book().deleteSalesOrders(by("PurchaseOrderByCustomer", key));
        if (deleted == 0) {
            throw ProblemException.notFound("There is no SalesOrder with external key " + key);
        }
        return Json.createObjectBuilder().add("entitySet", entitySet).add("deleted", deleted).build();
    }

    private static Predicate<JsonObject> by(String property, String value) {
        return value == null ? o -> true : o -> value.equals(o.getString(property, null));
    }
}
