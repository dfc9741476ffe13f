package org.o2cbridge.sandbox.d365;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.o2cbridge.sandbox.platform.ProblemException;

/**
 * Control API: releases products in every company of the simulated environment, with a default
 * sales price when one is given (else none, {@code SalesPrice} 0); releasing a product again sets
 * its price anew.
 */
@RequestScoped
@Path("api/d365/items")
@Produces(MediaType.APPLICATION_JSON)
public class D365ItemsControlResource {
    @Inject
    D365Simulator simulator;

    /** Releases products in every company: {@code {"items":["WID-300"], "salesPrice": 12.5}} (price optional). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject release(@NotNull(message = "a JSON body is required") JsonObject body) {
        List<String> items = new ArrayList<>();
        if (!(body.get("items") instanceof jakarta.json.JsonArray given) || given.isEmpty()) {
            throw ProblemException.invalidRequest("items must be a non-empty array of item numbers");
        }
        for (JsonValue item : given) {
            if (!(item instanceof JsonString number) || number.getString().isBlank()) {
                throw ProblemException.invalidRequest("each item must be an item number (text): " + item);
            }
            items.add(number.getString());
        }
        BigDecimal price = BigDecimal.ZERO;
        if (body.containsKey("salesPrice")) {
            if (!(body.get("salesPrice") instanceof JsonNumber number) || number.bigDecimalValue().signum() < 0) {
                throw ProblemException.invalidRequest("salesPrice must be a number, 0 or more");
            }
            price = number.bigDecimalValue();
        }
        simulator.release(items, price);
        return Json.createObjectBuilder().add("released", Json.createArrayBuilder(items)).build();
    }

}
