package org.o2cbridge.platform.health;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.Eventually;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.TestIds;
import org.o2cbridge.testing.TestOrders;
import org.o2cbridge.testing.TestTokens;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an operator's probes see. */
class HealthIT extends IntegrationSuite {

    @Test
    void readinessReportsTheDatabaseUp() {
        HttpCalls.Answer answer = HttpCalls.get(bridge("health/ready"), null);

        assertEquals(200, answer.status(), answer.body());
        JsonObject database = answer.json().getJsonArray("checks").stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
    }

    @Test
    void readinessListsNetSuiteD365AndSalesforceAsConfiguredAndUp() {
        HttpCalls.Answer answer = HttpCalls.get(bridge("health/ready"), null);

        assertEquals(200, answer.status(), answer.body());
        for (String system : new String[] {"netsuite", "d365", "salesforce"}) {
            JsonObject check = check(answer, system);
            assertEquals("UP", check.getString("status"), check.toString());
            assertEquals("true", text(check.getJsonObject("data").get("configured")), check.toString());
        }
    }

    @Test
    void afterAnOrderSyncsNetSuitesCheckShowsItsLastSuccessfulCall() {
        String orderId = TestIds.order();
        HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), TestOrders.batchOf(orderId, 1).toString());
        Eventually.await(() -> HttpCalls.get(bridge("api/v1/orders/" + orderId), TestTokens.valid()).json(),
                status -> "SYNCED".equals(status.getString("syncState")), Duration.ofSeconds(60), "order synced");

        JsonObject netsuite = check(HttpCalls.get(bridge("health/ready"), null), "netsuite");

        assertEquals("UP", netsuite.getString("status"), netsuite.toString());
        assertTrue(netsuite.getJsonObject("data").containsKey("lastSuccess"), netsuite.toString());
    }

    @Test
    void livenessIsUp() {
        HttpCalls.Answer answer = HttpCalls.get(bridge("health/live"), null);

        assertEquals(200, answer.status(), answer.body());
        assertEquals("UP", answer.json().getString("status"));
    }

    @Test
    void openApiDescribesTheOrderApi() {
        HttpCalls.Answer answer = HttpCalls.get(bridge("openapi"), null);

        assertEquals(200, answer.status());
        assertTrue(answer.body().contains("/api/v1/order-events"), answer.body());
    }

    private static JsonObject check(HttpCalls.Answer ready, String name) {
        return ready.json().getJsonArray("checks").stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " check in " + ready.body()));
    }

    /** Payara writes boolean check data as JSON strings; the spec's JSON booleans read the same. */
    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : String.valueOf(value);
    }
}
