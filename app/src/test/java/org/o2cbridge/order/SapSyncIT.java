package org.o2cbridge.order;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.AdminApi;
import org.o2cbridge.testing.Eventually;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.HttpCalls.Answer;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.OutboxAttempts;
import org.o2cbridge.testing.SapDemoClient;
import org.o2cbridge.testing.TestDatabase;
import org.o2cbridge.testing.TestIds;
import org.o2cbridge.testing.TestOrders;
import org.o2cbridge.testing.TestTokens;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Orders of a legal entity routed to SAP reach the simulated S/4HANA exactly once — one business
 * partner, one sales order with all its items — and SAP's number comes back to the simulated
 * Salesforce order, whatever SAP's throttling, outages, lost answers and CSRF sessions do.
 */
class SapSyncIT extends IntegrationSuite {

    static final String LEGAL_ENTITY = "DE01";
    private static final Duration SYNC_TIME = Duration.ofSeconds(90);

    private final AdminApi admin = new AdminApi(this::bridge);

    @BeforeEach
    void routeTheLegalEntityToSapAndWaitForQuiet() {
        admin.map("routing", "legal-entity", LEGAL_ENTITY, "sap");
        Eventually.await(() -> TestDatabase.get().count("select count(*) from outbox where target_system in ('sap', "
                + "'routing') and (status = 'IN_FLIGHT' or (status = 'PENDING' and attempts > 0))"), n -> n == 0,
                Duration.ofSeconds(60), "no SAP work running or waiting to be retried");
    }

    @AfterEach
    void clearFaults() {
        HttpCalls.send(HttpRequest.newBuilder(sandbox("api/sap/faults")).DELETE());
    }

    @Test
    void activatedOrderForNewAccountBecomesOneBusinessPartnerAndOneSalesOrderWithThreeItemsSyncedInSalesforce() {
        String orderId = createSalesforceOrder("Nordwind Logistik GmbH", "WID-100", "WID-200", "SVC-INSTALL");

        HttpCalls.post(sandbox("api/salesforce/orders/" + orderId + "/activate"), null, "");

        JsonObject inSalesforce = awaitSalesforceStatus(orderId, "Synced");
        JsonObject salesOrder = sapRecord("SalesOrder", orderId);
        assertEquals(salesOrder.getString("SalesOrder"), inSalesforce.getString("ERP_Order_Number__c"));
        assertEquals("Open", inSalesforce.getString("ERP_Status__c"));
        assertEquals(3, salesOrder.getJsonArray("_Item").size());
        assertEquals(List.of("WID-100", "WID-200", "SVC-INSTALL"), salesOrder.getJsonArray("_Item").stream()
                .map(i -> i.asJsonObject().getString("Product")).toList());
        assertEquals("1010", salesOrder.getString("SalesOrganization"));
        String accountId = inSalesforce.getString("AccountId");
        JsonObject partner = sapRecord("A_BusinessPartner", accountId);
        assertEquals(partner.getString("Customer"), salesOrder.getString("SoldToParty"));
        assertEquals(1, createdInSap(orderId));
        assertEquals(1, createdInSap(accountId));
        JsonObject status = HttpCalls.get(bridge("api/v1/orders/" + orderId), TestTokens.valid()).json();
        assertEquals("SYNCED", status.getString("syncState"));
        assertEquals("sap", status.getJsonArray("erp").getJsonObject(0).getString("system"));
        assertTrue(status.getJsonArray("timeline").toString().contains("Standard Order " + salesOrder.getString("SalesOrder")
                + " has been saved"), "SAP's sap-message in the timeline: " + status.getJsonArray("timeline"));
        JsonObject readBySapsKey = readFromSap("SalesOrder('" + salesOrder.getString("SalesOrder") + "')?$expand=_Item");
        assertEquals(orderId, readBySapsKey.getString("PurchaseOrderByCustomer"));
        assertEquals(3, readBySapsKey.getJsonArray("_Item").size());
    }

    /** A read through SAP's own OData API, as any client would make it: a token first, then the call. */
    private JsonObject readFromSap(String relative) {
        Answer token = HttpCalls.send(HttpRequest.newBuilder(sandbox("sap/sap/bc/sec/oauth2/token"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (SapDemoClient.CLIENT_ID + ":" + SapDemoClient.CLIENT_SECRET).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        assertEquals(200, token.status(), token.body());
        Answer read = HttpCalls.send(HttpRequest.newBuilder(sandbox(
                        "sap/sap/opu/odata4/sap/api_salesorder/srvd_a2x/sap/salesorder/0001/" + relative.replace("$", "%24")))
                .header("Authorization", "Bearer " + token.json().getString("access_token")).GET());
        assertEquals(200, read.status(), read.body());
        return read.json();
    }

    @Test
    void sameEventDeliveredFiveTimesStillGivesOneSalesOrder() {
        String orderId = TestIds.order();
        String payload = batch(TestOrders.order(orderId, TestIds.account(), 2).add("legalEntity", LEGAL_ENTITY).build());

        for (int i = 0; i < 5; i++) {
            assertEquals(202, HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), payload).status());
        }

        awaitBridgeState(orderId, "SYNCED");
        assertEquals(1, createdInSap(orderId));
    }

    @Test
    void throttlingThenAnOutageRecoverWithNoCallBeforeRetryAfter() {
        putJson("api/sap/faults", "{\"retryAfterSeconds\":2,\"firstCalls\":{\"throttle\":2,\"unavailable\":2}}");
        String orderId = TestIds.order();

        post(TestOrders.order(orderId, TestIds.account(), 2).add("legalEntity", LEGAL_ENTITY).build());

        awaitBridgeState(orderId, "SYNCED");
        JsonObject stats = sapStats();
        assertTrue(stats.getInt("throttled") >= 2 && stats.getInt("unavailable") >= 2, stats.toString());
        assertEquals(1, createdInSap(orderId));
        List<long[]> retries = OutboxAttempts.retriesOf(orderId, "sap");
        assertEquals(4, retries.size(), "four refused calls were retried");
        for (long[] retry : retries) {
            assertTrue(retry[1] - retry[0] >= 1950, "next call " + (retry[1] - retry[0]) + " ms after a Retry-After of 2 s");
        }
    }

    @Test
    void lostAnswerToTheSalesOrderCreateMakesNoSecondOrder() {
        String accountId = TestIds.account();
        String first = TestIds.order();
        post(TestOrders.order(first, accountId, 1).add("legalEntity", LEGAL_ENTITY).build());
        awaitBridgeState(first, "SYNCED");
        routeTheLegalEntityToSapAndWaitForQuiet();
        int lostBefore = sapStats().getInt("lostResponses");
        putJson("api/sap/faults", "{\"firstCalls\":{\"lostResponse\":1},\"operations\":[\"POST SalesOrder\"]}");
        String second = TestIds.order();

        post(TestOrders.order(second, accountId, 2).add("legalEntity", LEGAL_ENTITY).build());

        JsonObject status = awaitBridgeState(second, "SYNCED");
        assertEquals(lostBefore + 1, sapStats().getInt("lostResponses"), sapStats().toString());
        assertEquals(1, createdInSap(second));
        assertEquals(2, sapRecord("SalesOrder", second).getJsonArray("_Item").size());
        assertTrue(status.getJsonArray("timeline").toString().contains("answer was lost"), status.toString());
    }

    @Test
    void unknownItemGoesDeadWithSapsMessageAndSyncsAfterTheMappingIsFixedAndReplayed() {
        String orderId = createSalesforceOrder("Zugspitz Maschinenbau AG", "WID-100", "WID-998");
        HttpCalls.post(sandbox("api/salesforce/orders/" + orderId + "/activate"), null, "");

        JsonObject failed = awaitSalesforceStatus(orderId, "Failed");
        assertTrue(failed.getString("ERP_Sync_Error__c").contains("WID-998"), failed.toString());
        JsonObject letter = admin.deadLetterOf("sap", orderId);
        assertTrue(letter.getString("reason").contains("The material WID-998 does not exist"), letter.toString());

        admin.map("sap", "item", "WID-998", "WID-200");
        admin.replay(letter);

        JsonObject synced = awaitSalesforceStatus(orderId, "Synced");
        assertEquals(sapRecord("SalesOrder", orderId).getString("SalesOrder"), synced.getString("ERP_Order_Number__c"));
        assertEquals(1, createdInSap(orderId));
    }

    @Test
    void expiredCsrfTokenIsFetchedAgainAndTheWriteSucceedsOnce() {
        String first = TestIds.order();
        post(TestOrders.order(first, TestIds.account(), 1).add("legalEntity", LEGAL_ENTITY).build());
        awaitBridgeState(first, "SYNCED");
        routeTheLegalEntityToSapAndWaitForQuiet();
        JsonObject before = sapStats().getJsonObject("callsByOperation");
        Answer expired = HttpCalls.post(sandbox("api/sap/sessions/csrf/expire"), null, "");
        assertTrue(expired.json().getInt("expired") >= 1, expired.body());
        String second = TestIds.order();

        post(TestOrders.order(second, TestIds.account(), 2).add("legalEntity", LEGAL_ENTITY).build());

        awaitBridgeState(second, "SYNCED");
        JsonObject after = sapStats().getJsonObject("callsByOperation");
        assertEquals(2, after.getInt("POST SalesOrder") - before.getInt("POST SalesOrder"),
                "the refused create and the one sent again with a fresh token");
        assertTrue(after.getInt("GET $service") > before.getInt("GET $service"), "a fresh CSRF token was fetched");
        assertEquals(1, createdInSap(second));
    }

    @Test
    void oneAccountOrderingThroughTwoSapCompaniesIsOneBusinessPartnerInBothSalesAreas() {
        admin.map("routing", "legal-entity", "DE03", "sap");
        admin.map("routing", "legal-entity", "US03", "sap");
        admin.map("sap", "sales-organization", "US03", "1710");
        String accountId = TestIds.account();
        String first = TestIds.order();
        String second = TestIds.order();

        post(TestOrders.order(first, accountId, 1).add("legalEntity", "DE03").build());
        awaitBridgeState(first, "SYNCED");
        post(TestOrders.order(second, accountId, 2).add("legalEntity", "US03").build());
        awaitBridgeState(second, "SYNCED");

        assertEquals(1, createdInSap(accountId));
        assertEquals("1010", sapRecord("SalesOrder", first).getString("SalesOrganization"));
        assertEquals("1710", sapRecord("SalesOrder", second).getString("SalesOrganization"));
        assertEquals(sapRecord("SalesOrder", first).getString("SoldToParty"),
                sapRecord("SalesOrder", second).getString("SoldToParty"));
    }

    @Test
    void afterAnOrderSyncsSapIsReadyWithItsLastSuccessAndItsCallsAreCounted() {
        String orderId = TestIds.order();
        post(TestOrders.order(orderId, TestIds.account(), 1).add("legalEntity", LEGAL_ENTITY).build());
        awaitBridgeState(orderId, "SYNCED");

        Answer ready = HttpCalls.get(bridge("health/ready"), null);
        JsonObject sap = ready.json().getJsonArray("checks").stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("name").equals("sap")).findFirst()
                .orElseThrow(() -> new AssertionError("no sap check in " + ready.body()));
        assertEquals("UP", sap.getString("status"), sap.toString());
        assertTrue(sap.getJsonObject("data").containsKey("lastSuccess"), sap.toString());
        String metrics = HttpCalls.get(bridge("metrics?scope=application"), null).body();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("o2c_external_calls_total") && l.contains("system=\"sap\"")
                && l.contains("outcome=\"success\"")), metrics);
    }

    String createSalesforceOrder(String accountName, String... productCodes) {
        var lines = Json.createArrayBuilder();
        for (String code : productCodes) {
            lines.add(Json.createObjectBuilder().add("productCode", code).add("quantity", 3).add("unitPrice", 10)
                    .add("unitOfMeasure", "EA"));
        }
        Answer created = HttpCalls.post(sandbox("api/salesforce/orders"), null, Json.createObjectBuilder()
                .add("account", Json.createObjectBuilder().add("name", accountName)
                        .add("billingAddress", Json.createObjectBuilder().add("street", "Hafenstrasse 1")
                                .add("city", "Hamburg").add("postalCode", "20457").add("country", "DE")))
                .add("currency", "EUR").add("effectiveDate", "2026-11-20").add("poNumber", "PO-DE-1")
                .add("legalEntity", LEGAL_ENTITY).add("lines", lines).build());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("orderId");
    }

    private void post(JsonObject order) {
        Answer answer = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), batch(order));
        assertEquals(202, answer.status(), answer.body());
    }

    private static String batch(JsonObject order) {
        return Json.createObjectBuilder().add("orders", Json.createArrayBuilder().add(order)).build().toString();
    }

    JsonObject awaitSalesforceStatus(String orderId, String syncStatus) {
        return Eventually.await(() -> HttpCalls.get(sandbox("api/salesforce/orders/" + orderId), null).json(),
                order -> !order.isNull("ERP_Sync_Status__c") && syncStatus.equals(order.getString("ERP_Sync_Status__c")),
                SYNC_TIME, "order " + orderId + " " + syncStatus + " in Salesforce");
    }

    JsonObject awaitBridgeState(String orderId, String state) {
        return Eventually.await(() -> HttpCalls.get(bridge("api/v1/orders/" + orderId), TestTokens.valid()).json(),
                status -> state.equals(status.getString("syncState", "")), SYNC_TIME, "order " + orderId + " " + state);
    }

    JsonObject sapRecord(String entitySet, String externalKey) {
        Answer answer = HttpCalls.get(sandbox("api/sap/records/" + entitySet + "?externalKey=" + externalKey), null);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    int createdInSap(String externalKey) {
        return sapStats().getJsonObject("recordsCreatedByExternalId").getInt(externalKey, 0);
    }

    private JsonObject sapStats() {
        return HttpCalls.get(sandbox("api/sap/stats"), null).json();
    }

    private void putJson(String path, String json) {
        Answer answer = HttpCalls.send(HttpRequest.newBuilder(sandbox(path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        assertTrue(answer.status() < 300, path + ": " + answer.body());
    }
}
