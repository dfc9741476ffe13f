package org.o2cbridge.order;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.AdminApi;
import org.o2cbridge.testing.Eventually;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.TestIds;
import org.o2cbridge.testing.TestOrders;
import org.o2cbridge.testing.TestTokens;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each order goes to the ERP and company that own its legal entity, through the mapping table;
 * a legal entity with no routing row is a dead letter that names the row, and syncs once the row is
 * added and the letter replayed.
 */
class RoutingIT extends IntegrationSuite {

    private static final Duration SYNC_TIME = Duration.ofSeconds(90);

    private final AdminApi admin = new AdminApi(this::bridge);

    @Test
    void ordersOfTwoLegalEntitiesGoToNetSuiteAndSapInOneBatch() {
        admin.map("routing", "legal-entity", "US01", "netsuite");
        admin.map("routing", "legal-entity", "DE02", "sap");
        admin.map("sap", "sales-organization", "DE02", "1710");
        admin.map("sap", "distribution-channel", "DE02", "10");
        admin.map("sap", "division", "DE02", "00");
        String toNetSuite = TestIds.order();
        String toSap = TestIds.order();

        HttpCalls.Answer answer = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), Json.createObjectBuilder()
                .add("orders", Json.createArrayBuilder()
                        .add(TestOrders.order(toNetSuite, TestIds.account(), 2).add("legalEntity", "US01"))
                        .add(TestOrders.order(toSap, TestIds.account(), 3).add("legalEntity", "DE02")))
                .build());
        assertEquals(202, answer.status(), answer.body());

        assertEquals("netsuite", erpOf(awaitState(toNetSuite, "SYNCED")));
        assertEquals("sap", erpOf(awaitState(toSap, "SYNCED")));
        assertEquals(200, HttpCalls.get(sandbox("api/netsuite/records/salesOrder?externalId=" + toNetSuite), null).status());
        assertEquals(404, HttpCalls.get(sandbox("api/netsuite/records/salesOrder?externalId=" + toSap), null).status());
        JsonObject inSap = HttpCalls.get(sandbox("api/sap/records/SalesOrder?externalKey=" + toSap), null).json();
        assertEquals("1710", inSap.getString("SalesOrganization"), "the legal entity's SAP sales organisation");
        assertEquals(3, inSap.getJsonArray("_Item").size());
        assertEquals(404, HttpCalls.get(sandbox("api/sap/records/SalesOrder?externalKey=" + toNetSuite), null).status());
    }

    @Test
    void legalEntityWithoutRoutingIsADeadLetterNamingTheMappingAndSyncsAfterItIsAddedAndReplayed() {
        String legalEntity = "FR" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String orderId = TestIds.order();

        HttpCalls.Answer answer = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), Json.createObjectBuilder()
                .add("orders", Json.createArrayBuilder()
                        .add(TestOrders.order(orderId, TestIds.account(), 1).add("legalEntity", legalEntity))).build());
        assertEquals(202, answer.status(), answer.body());

        awaitState(orderId, "FAILED");
        JsonObject letter = admin.deadLetterOf("routing", orderId);
        assertTrue(letter.getString("reason").contains("routing/legal-entity/" + legalEntity), letter.toString());

        admin.map("routing", "legal-entity", legalEntity, "sap");
        admin.replay(letter);

        assertEquals("sap", erpOf(awaitState(orderId, "SYNCED")));
        assertEquals(200, HttpCalls.get(sandbox("api/sap/records/SalesOrder?externalKey=" + orderId), null).status());
    }

    private JsonObject awaitState(String orderId, String state) {
        return Eventually.await(() -> HttpCalls.get(bridge("api/v1/orders/" + orderId), TestTokens.valid()).json(),
                status -> state.equals(status.getString("syncState", "")), SYNC_TIME, "order " + orderId + " " + state);
    }

    private static String erpOf(JsonObject status) {
        return status.getJsonArray("erp").getJsonObject(0).getString("system");
    }
}
