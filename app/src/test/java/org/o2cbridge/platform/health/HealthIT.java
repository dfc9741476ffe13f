package org.o2cbridge.platform.health;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.IntegrationSuite;

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
}
