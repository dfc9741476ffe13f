package org.o2cbridge.order;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.Eventually;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.HttpCalls.Answer;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.TestDatabase;
import org.o2cbridge.testing.TestIds;
import org.o2cbridge.testing.TestOrders;
import org.o2cbridge.testing.TestTokens;

import org.o2cbridge.testing.IntegrationEnvironment;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Orders reach the simulated NetSuite exactly once and the NetSuite number comes back to the
 * simulated Salesforce order, whatever the network does.
 */
class NetSuiteSyncIT extends IntegrationSuite {

    private static final Duration SYNC_TIME = Duration.ofSeconds(60);

    @AfterEach
    void clearFaults() {
        HttpCalls.send(HttpRequest.newBuilder(sandbox("api/netsuite/faults")).DELETE());
    }

    @Test
    void activatedOrderForNewAccountBecomesOneCustomerAndOneSalesOrderAndSyncedInSalesforce() {
        String orderId = createSalesforceOrder("Acme Industrial Supply", "WID-100", "WID-200", "SVC-INSTALL");

        HttpCalls.post(sandbox("api/salesforce/orders/" + orderId + "/activate"), null, "");

        JsonObject inSalesforce = awaitSalesforceStatus(orderId, "Synced");
        JsonObject salesOrder = netSuiteRecord("salesOrder", orderId);
        assertEquals(salesOrder.getString("tranId"), inSalesforce.getString("ERP_Order_Number__c"));
        assertTrue(!inSalesforce.isNull("ERP_Status__c"), inSalesforce.toString());
        assertEquals(3, salesOrder.getJsonObject("item").getJsonArray("items").size());
        assertEquals(inSalesforce.getString("ActivatedDate").substring(0, 10), salesOrder.getString("tranDate"),
                "the date of the activation in o2c.netsuite.time-zone (UTC), not the order's effective date");
        String accountId = inSalesforce.getString("AccountId");
        assertEquals(200, HttpCalls.get(sandbox("api/netsuite/records/customer?externalId=" + accountId), null).status());
        assertEquals(1, createdInNetSuite(orderId));
        JsonObject status = HttpCalls.get(bridge("api/v1/orders/" + orderId), TestTokens.valid()).json();
        assertEquals("SYNCED", status.getString("syncState"));
        assertEquals(salesOrder.getString("tranId"), status.getJsonArray("erp").getJsonObject(0).getString("number"));
    }

    @Test
    void sameEventDeliveredFiveTimesStillGivesOneSalesOrder() {
        String orderId = TestIds.order();
        String payload = TestOrders.batchOf(orderId, 2).toString();

        for (int i = 0; i < 5; i++) {
            assertEquals(202, HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), payload).status());
        }

        awaitBridgeState(orderId, "SYNCED");
        assertEquals(1, createdInNetSuite(orderId));
    }

    @Test
    void unknownProductGoesDeadWithNetSuitesMessageAndSyncsAfterTheMappingIsFixedAndReplayed() {
        String orderId = createSalesforceOrder("Nordwind Logistik GmbH", "WID-100", "WID-999");
        HttpCalls.post(sandbox("api/salesforce/orders/" + orderId + "/activate"), null, "");

        JsonObject failed = awaitSalesforceStatus(orderId, "Failed");
        assertTrue(failed.getString("ERP_Sync_Error__c").contains("WID-999"), failed.toString());
        JsonObject letter = deadLetterOf(orderId);
        assertTrue(letter.getString("reason").contains("Invalid Field Value WID-999"), letter.toString());

        Answer mapped = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/mappings/netsuite/item/WID-999"))
                .header("Authorization", operator()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"targetValue\":\"WID-200\"}")));
        assertEquals(200, mapped.status(), mapped.body());
        Answer replayed = HttpCalls.send(HttpRequest.newBuilder(
                        bridge("api/v1/admin/dead-letters/" + letter.getJsonNumber("id").longValue() + "/replay"))
                .header("Authorization", operator()).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, replayed.status(), replayed.body());

        JsonObject synced = awaitSalesforceStatus(orderId, "Synced");
        assertEquals(netSuiteRecord("salesOrder", orderId).getString("tranId"), synced.getString("ERP_Order_Number__c"));
    }

    @Test
    void anOperatorCorrectsTheProductCodeInTheDeadLettersPayloadAndTheReplayedOrderSyncs() {
        String product = "WID-E" + Long.toHexString(System.nanoTime()).toUpperCase(java.util.Locale.ROOT);
        String orderId = createSalesforceOrder("Payload Edit Trading", "WID-100", product);
        HttpCalls.post(sandbox("api/salesforce/orders/" + orderId + "/activate"), null, "");
        awaitSalesforceStatus(orderId, "Failed");
        JsonObject letter = deadLetterOf(orderId);
        long id = letter.getJsonNumber("id").longValue();
        String payload = letter.getString("payload");
        assertTrue(payload.contains(product), payload);
        assertEquals(false, letter.getBoolean("payloadEdited"), letter.toString());

        Answer notJson = editPayload(id, operator(), "{\"payload\": {\"sfOrderId\": ");
        assertEquals(400, notJson.status(), notJson.body());
        assertTrue(notJson.body().contains("not a JSON object"), notJson.body());
        JsonObject fixed = Json.createReader(new StringReader(payload.replace(product, "WID-200"))).readObject();
        JsonObject blankProduct = Json.createReader(new StringReader(payload.replace(product, ""))).readObject();
        Answer invalid = editPayload(id, operator(), Json.createObjectBuilder().add("payload", blankProduct).build().toString());
        assertEquals(400, invalid.status(), invalid.body());
        assertTrue(invalid.body().contains("/lines/1/productCode"), invalid.body());
        Answer viewer = editPayload(id, "Basic " + Base64.getEncoder().encodeToString(
                ("viewer:" + IntegrationEnvironment.VIEWER_PASSWORD).getBytes(StandardCharsets.UTF_8)),
                Json.createObjectBuilder().add("payload", fixed).build().toString());
        assertEquals(403, viewer.status(), viewer.body());
        assertEquals(payload, letter(id).getJsonObject("letter").getString("payload"), "refused edits changed nothing");

        Answer edited = editPayload(id, operator(), Json.createObjectBuilder().add("payload", fixed)
                .add("comment", "the product is WID-200").build().toString());
        assertEquals(200, edited.status(), edited.body());
        assertTrue(edited.json().getBoolean("payloadEdited"), edited.body());
        assertEquals("operator", edited.json().getString("payloadEditedBy"));
        assertEquals("DEAD", edited.json().getString("status"), "still a letter until it is replayed");

        Answer replayed = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/dead-letters/" + id + "/replay"))
                .header("Authorization", operator()).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, replayed.status(), replayed.body());
        awaitSalesforceStatus(orderId, "Synced");
        assertEquals(409, editPayload(id, operator(), Json.createObjectBuilder().add("payload", fixed).build().toString())
                .status(), "only an open letter may be edited");

        JsonObject after = letter(id);
        assertEquals("operator", after.getJsonObject("letter").getString("payloadEditedBy"));
        assertTrue(after.getJsonObject("letter").containsKey("payloadEditedAt"), after.toString());
        JsonObject edit = after.getJsonArray("payloadEdits").getJsonObject(0);
        assertEquals(1, after.getJsonArray("payloadEdits").size(), after.toString());
        assertEquals("the product is WID-200", edit.getString("comment"));
        assertTrue(edit.getString("oldPayload").contains(product) && !edit.getString("newPayload").contains(product),
                edit.toString());
        JsonObject status = HttpCalls.get(bridge("api/v1/orders/" + orderId), TestTokens.valid()).json();
        assertTrue(status.toString().contains("EDITED") && status.toString().contains("Payload edited by operator"),
                status.toString());
    }

    private Answer editPayload(long id, String authorization, String body) {
        return HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/dead-letters/" + id + "/payload"))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonObject letter(long id) {
        Answer answer = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/dead-letters/" + id))
                .header("Authorization", operator()).GET());
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    @Test
    void paymentTermsAndShippingMethodReachTheSalesOrderAsTheInternalIdsTheOperatorMapped() {
        String orderId = TestIds.order();
        String terms = "Net 30 " + orderId;
        String shipping = "Ground " + orderId;
        putMapping("payment-terms", terms, "2");
        putMapping("shipping-method", shipping, "92");

        postOrder(TestOrders.order(orderId, TestIds.account(), 1)
                .add("paymentTerms", terms).add("shippingMethod", shipping).build());

        awaitBridgeState(orderId, "SYNCED");
        JsonObject salesOrder = netSuiteRecord("salesOrder", orderId);
        assertEquals("2", salesOrder.getJsonObject("terms").getString("id"), salesOrder.toString());
        assertEquals("92", salesOrder.getJsonObject("shipMethod").getString("id"), salesOrder.toString());
    }

    private void putMapping(String type, String source, String target) {
        Answer mapped = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/mappings/netsuite/" + type + "/"
                        + java.net.URLEncoder.encode(source, StandardCharsets.UTF_8).replace("+", "%20")))
                .header("Authorization", operator()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"targetValue\":\"" + target + "\"}")));
        assertEquals(200, mapped.status(), mapped.body());
    }

    @Test
    void writeBackSignsInAgainWhenSalesforceRevokedTheSession() {
        String first = createSalesforceOrder("Before Revoke Ltd", "WID-100");
        HttpCalls.post(sandbox("api/salesforce/orders/" + first + "/activate"), null, "");
        awaitSalesforceStatus(first, "Synced");

        HttpCalls.post(sandbox("api/salesforce/tokens/revoke"), null, "");
        String second = createSalesforceOrder("After Revoke Ltd", "WID-200");
        HttpCalls.post(sandbox("api/salesforce/orders/" + second + "/activate"), null, "");

        JsonObject synced = awaitSalesforceStatus(second, "Synced");
        assertEquals(netSuiteRecord("salesOrder", second).getString("tranId"), synced.getString("ERP_Order_Number__c"));
    }

    @Test
    void anOrderOfAKnownCustomerCostsOneRecordCallAndItsNumberComesFromAQuery() {
        String accountId = TestIds.account();
        String first = TestIds.order();
        postOrder(TestOrders.order(first, accountId, 2).build());
        awaitBridgeState(first, "SYNCED");
        awaitNetSuiteIdle();
        JsonObject before = netSuiteCalls();
        String second = TestIds.order();

        postOrder(TestOrders.order(second, accountId, 3).build());

        JsonObject status = awaitBridgeState(second, "SYNCED");
        awaitNetSuiteIdle();
        JsonObject after = netSuiteCalls();
        assertEquals(1, callsOf(before, after, "PUT salesOrder"), after.toString());
        for (String none : new String[] {"PUT customer", "GET customer", "GET salesOrder"}) {
            assertEquals(0, callsOf(before, after, none), none + ": " + after);
        }
        assertEquals(1, callsOf(before, after, "POST suiteql"), "the number came from one SuiteQL query: " + after);
        assertEquals(netSuiteRecord("salesOrder", second).getString("tranId"),
                status.getJsonArray("erp").getJsonObject(0).getString("number"));
        assertEquals(0, TestDatabase.get().count("select count(*) from outbox where aggregate_id = ? and action = ?",
                second, "customer.upsert"), "a known customer gets no customer step of its own");
    }

    private void postOrder(JsonObject order) {
        Answer answer = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(),
                Json.createObjectBuilder().add("orders", Json.createArrayBuilder().add(order)).build());
        assertEquals(202, answer.status(), answer.body());
    }

    private static void awaitNetSuiteIdle() {
        Eventually.await(() -> TestDatabase.get().count("select count(*) from outbox where target_system = 'netsuite' "
                + "and status in ('PENDING', 'IN_FLIGHT')"), n -> n == 0, SYNC_TIME, "NetSuite work idle");
    }

    private JsonObject netSuiteCalls() {
        return HttpCalls.get(sandbox("api/netsuite/stats"), null).json().getJsonObject("callsByOperation");
    }

    private static int callsOf(JsonObject before, JsonObject after, String operation) {
        return after.getInt(operation, 0) - before.getInt(operation, 0);
    }

    String createSalesforceOrder(String accountName, String... productCodes) {
        var lines = Json.createArrayBuilder();
        for (String code : productCodes) {
            lines.add(Json.createObjectBuilder().add("productCode", code).add("quantity", 3).add("unitPrice", 10)
                    .add("unitOfMeasure", "EA"));
        }
        Answer created = HttpCalls.post(sandbox("api/salesforce/orders"), null, Json.createObjectBuilder()
                .add("account", Json.createObjectBuilder().add("name", accountName)
                        .add("billingAddress", Json.createObjectBuilder().add("street", "1 Main St")
                                .add("city", "Springfield").add("postalCode", "62701").add("country", "US")))
                .add("currency", "USD").add("effectiveDate", "2026-11-20").add("poNumber", "PO-1")
                .add("lines", lines).build());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("orderId");
    }

    JsonObject awaitSalesforceStatus(String orderId, String syncStatus) {
        return Eventually.await(() -> HttpCalls.get(sandbox("api/salesforce/orders/" + orderId), null).json(),
                order -> !order.isNull("ERP_Sync_Status__c") && syncStatus.equals(order.getString("ERP_Sync_Status__c")),
                SYNC_TIME, "order " + orderId + " " + syncStatus + " in Salesforce");
    }

    JsonObject awaitBridgeState(String orderId, String state) {
        return Eventually.await(() -> HttpCalls.get(bridge("api/v1/orders/" + orderId), TestTokens.valid()).json(),
                status -> state.equals(status.getString("syncState")), SYNC_TIME, "order " + orderId + " " + state);
    }

    JsonObject netSuiteRecord(String type, String externalId) {
        Answer answer = HttpCalls.get(sandbox("api/netsuite/records/" + type + "?externalId=" + externalId), null);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    int createdInNetSuite(String externalId) {
        JsonObject stats = HttpCalls.get(sandbox("api/netsuite/stats"), null).json();
        return stats.getJsonObject("recordsCreatedByExternalId").getInt(externalId, 0);
    }

    JsonObject deadLetterOf(String orderId) {
        Answer letters = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/dead-letters?system=netsuite"))
                .header("Authorization", operator()).GET());
        assertEquals(200, letters.status(), letters.body());
        try (var reader = Json.createReader(new StringReader(letters.body()))) {
            return reader.readArray().stream().map(v -> v.asJsonObject())
                    .filter(l -> l.getString("aggregateId").equals(orderId)).findFirst()
                    .orElseThrow(() -> new AssertionError("no dead letter for " + orderId + " in " + letters.body()));
        }
    }

    static String operator() {
        return "Basic " + Base64.getEncoder().encodeToString(
                ("operator:" + IntegrationEnvironment.OPERATOR_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
    }
}
