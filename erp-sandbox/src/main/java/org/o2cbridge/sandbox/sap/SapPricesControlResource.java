package org.o2cbridge.sandbox.sap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.o2cbridge.sandbox.platform.ProblemException;

/**
 * Control API for SAP's sales prices, {@code /api/sap/prices}: {@code PUT} with
 * {@code {"prices":[{"material":"WID-300","salesOrganization":"1010","distributionChannel":"10",
 * "price":12.50,"currency":"EUR"}]}} sets each material's price in that sales area — the rate of
 * its {@code PPR0} condition record (or of {@code conditionType}), per {@code conditionQuantity}
 * units (default 1), valid from 2000-01-01 to 9999-12-31; a material that has one gets the new
 * rate on the same record. The product master is not touched. {@code GET} lists the records with
 * their validity. A sandbox reset puts the seeded prices back.
 */
@RequestScoped
@Path("api/sap/prices")
@Produces(MediaType.APPLICATION_JSON)
public class SapPricesControlResource {

    @Inject
    SapSimulator sap;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject put(@NotNull(message = "a JSON body is required") JsonObject body) {
        if (!(body.get("prices") instanceof JsonArray given) || given.isEmpty()) {
            throw ProblemException.invalidRequest("prices must be a non-empty array");
        }
        for (JsonValue value : given) {
            if (!(value instanceof JsonObject price) || blank(price, "material") || blank(price, "salesOrganization")
                    || blank(price, "distributionChannel") || blank(price, "currency")
                    || !(price.get("price") instanceof JsonNumber)) {
                throw ProblemException.invalidRequest("each price needs material, salesOrganization, "
                        + "distributionChannel, currency and a numeric price: " + value);
            }
            if (price.containsKey("conditionQuantity") && !(price.get("conditionQuantity") instanceof JsonNumber q
                    && q.bigDecimalValue().signum() > 0)) {
                throw ProblemException.invalidRequest("conditionQuantity must be a positive number: " + value);
            }
        }
        JsonArrayBuilder changed = Json.createArrayBuilder();
        for (JsonValue value : given) {
            JsonObject price = value.asJsonObject();
            BigDecimal quantity = price.get("conditionQuantity") instanceof JsonNumber q ? q.bigDecimalValue()
                    : BigDecimal.ONE;
            changed.add(sap.pricing().put(price.getString("conditionType", SapPricing.BASE_PRICE),
                    price.getString("salesOrganization"), price.getString("distributionChannel"),
                    price.getString("material"), price.getJsonNumber("price").bigDecimalValue(),
                    price.getString("currency"), quantity));
        }
        return Json.createObjectBuilder().add("prices", changed).build();
    }

    @GET
    public JsonObject list() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        SapPricing pricing = sap.pricing();
        for (JsonObject record : pricing.records()) {
            JsonArrayBuilder validity = Json.createArrayBuilder();
            pricing.validitiesOf(record.getString("ConditionRecord")).forEach(validity::add);
            all.add(Json.createObjectBuilder(record).add("to_SlsPrcgCndnRecdValidity", validity));
        }
        return Json.createObjectBuilder().add("prices", all).build();
    }

    private static boolean blank(JsonObject object, String field) {
        return !(object.get(field) instanceof jakarta.json.JsonString s) || s.getString().isBlank();
    }
}
