package org.o2cbridge.sandbox.sap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.o2cbridge.sandbox.platform.ProblemException;

/**
 * Control API for SAP's product master, {@code /api/sap/products}: {@code PUT} with
 * {@code {"products":[{"product":"WID-300","description":"Widget 300","markedForDeletion":false}]}}
 * creates or changes those products, each stamped with the time of the change ({@code A_Product}
 * {@code LastChangeDateTime}); {@code GET} lists them. A sandbox reset forgets them.
 */
@RequestScoped
@Path("api/sap/products")
@Produces(MediaType.APPLICATION_JSON)
public class SapProductsControlResource {

    @Inject
    SapSimulator sap;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject put(@NotNull(message = "a JSON body is required") JsonObject body) {
        if (!(body.get("products") instanceof JsonArray given) || given.isEmpty()) {
            throw ProblemException.invalidRequest("products must be a non-empty array");
        }
        JsonArrayBuilder changed = Json.createArrayBuilder();
        for (JsonValue value : given) {
            if (!(value instanceof JsonObject product) || product.getString("product", "").isBlank()) {
                throw ProblemException.invalidRequest("each product needs a product number: " + value);
            }
            changed.add(sap.products().put(product.getString("product"), product.getString("description", null),
                    product.getBoolean("markedForDeletion", false)));
        }
        return Json.createObjectBuilder().add("products", changed).build();
    }

    @GET
    public JsonObject list() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        sap.products().all().forEach(all::add);
        return Json.createObjectBuilder().add("products", all).build();
    }
}
