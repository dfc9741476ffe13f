package org.o2cbridge.order;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.HttpCalls.Answer;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.TestDatabase;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end with the simulated Salesforce org: activating an order there sends the package's
 * signed callout, and the bridge stores the order once with its pending work.
 */
class SalesforceActivationIT extends IntegrationSuite {

    @Test
    void orderActivatedInSalesforceReachesTheBridgeOnceAsASignedCallout() {
        JsonObject created = HttpCalls.post(sandbox("api/salesforce/orders"), null, Json.createObjectBuilder()
                .add("account", Json.createObjectBuilder().add("name", "Acme Industrial Supply")
                        .add("billingAddress", Json.createObjectBuilder().add("street", "100 Market St")
                                .add("city", "San Francisco").add("state", "CA").add("postalCode", "94105")
                                .add("country", "US")))
                .add("currency", "USD").add("effectiveDate", "2026-11-20").add("poNumber", "PO-4471")
                .add("lines", Json.createArrayBuilder()
                        .add(line("WID-100", 10)).add(line("WID-200", 2)).add(line("SVC-INSTALL", 1)))
                .build()).json();
        String orderId = created.getString("orderId");

        Answer activated = HttpCalls.post(sandbox("api/salesforce/orders/" + orderId + "/activate"), null, "");

        assertEquals(200, activated.status(), activated.body());
        JsonObject callout = activated.json().getJsonObject("callout");
        assertEquals(202, callout.getInt("httpStatus"), activated.body());
        assertEquals(1, callout.getJsonObject("body").getInt("accepted"));

        String token = HttpCalls.post(sandbox("api/salesforce/callout-token"), null, "").body();
        JsonObject status = HttpCalls.get(bridge("api/v1/orders/" + orderId), token).json();
        JsonObject event = status.getJsonArray("events").getJsonObject(0);
        assertEquals(3, event.getInt("lineCount"));
        assertEquals("integration@o2c.sandbox", event.getString("receivedFrom"));
        assertTrue(event.getString("idempotencyKey").startsWith(orderId + ":"), event.toString());
        assertEquals(List.of("order.route"), status.getJsonArray("work").stream()
                .map(w -> w.asJsonObject().getString("action")).limit(1).toList());
    }

    @Test
    void activatingAnAlreadyActivatedOrderSendsNothingMore() {
        String orderId = HttpCalls.post(sandbox("api/salesforce/orders"), null, Json.createObjectBuilder()
                .add("account", Json.createObjectBuilder().add("name", "Nordwind Logistik GmbH"))
                .add("currency", "EUR").add("effectiveDate", "2026-11-21")
                .add("lines", Json.createArrayBuilder().add(line("WID-100", 40)))
                .build()).json().getString("orderId");

        HttpCalls.post(sandbox("api/salesforce/orders/" + orderId + "/activate"), null, "");
        Answer again = HttpCalls.post(sandbox("api/salesforce/orders/" + orderId + "/activate"), null, "");

        assertEquals(200, again.status(), again.body());
        assertTrue(again.json().isNull("callout"), again.body());
        assertEquals(1, TestDatabase.get().count("select count(*) from inbound_event where sf_order_id = ?", orderId));
    }

    private static JsonObject line(String productCode, int quantity) {
        return Json.createObjectBuilder().add("productCode", productCode).add("quantity", quantity)
                .add("unitPrice", 12.5).add("unitOfMeasure", "EA").build();
    }
}
