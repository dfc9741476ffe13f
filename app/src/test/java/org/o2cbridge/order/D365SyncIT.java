package org.o2cbridge.order;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.D365DemoEnvironment;
import org.o2cbridge.testing.Eventually;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.HttpCalls.Answer;
import org.o2cbridge.testing.IntegrationEnvironment;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.OutboxAttempts;
import org.o2cbridge.testing.TestDatabase;
import org.o2cbridge.testing.TestIds;
import org.o2cbridge.testing.TestOrders;
import org.o2cbridge.testing.TestTokens;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Orders of legal entities routed to Dynamics 365 reach the simulated F&O environment exactly
 * once — customer, then header and lines in one {@code $batch} change set — and the F&O number
 * comes back to the simulated Salesforce order, whatever throttling, outages and lost answers do,
 * within the request budget and with one token for its lifetime.
 */
class D365SyncIT extends IntegrationSuite {

    private static final Duration SYNC_TIME = Duration.ofSeconds(90);
    private static final String[] PRICE_FIELDS = {"SalesPrice", "LineAmount", "UnitPrice", "TotalAmount", "DiscountAmount"};

    @BeforeEach
    void mapLegalEntitiesAndStartQuiet() {
        for (String legalEntity : D365DemoEnvironment.ROUTED) {
            putMapping("routing", "legal-entity/" + legalEntity, "d365");
        }
        putMapping("legal-entity/USMF", "usmf");
        Eventually.await(() -> TestDatabase.get().count("select count(*) from outbox where target_system = 'd365' "
                + "and status in ('PENDING', 'IN_FLIGHT')"), n -> n == 0, Duration.ofSeconds(60), "D365 work idle");
    }

    @AfterEach
    void clearFaultsAndTokenLifetime() {
        HttpCalls.send(HttpRequest.newBuilder(sandbox("api/d365/faults")).DELETE());
        putSandbox("api/d365/tokens", "{\"lifetimeSeconds\":3599}");
    }

    @Test
    void newAccountWithThreeLinesBecomesOneCustomerAndOneOrderWithThreeLinesSyncedInSalesforce() {
        String longName = "Contoso Industrial Supply and Logistics Holdings of the Greater San Francisco Bay Area "
                + "Incorporated (West)";
        String orderId = createSalesforceOrder(longName, "USMF", "WID-100", "WID-200", "SVC-INSTALL");

        HttpCalls.post(sandbox("api/salesforce/orders/" + orderId + "/activate"), null, "");

        JsonObject inSalesforce = awaitSalesforceStatus(orderId, "Synced");
        JsonObject salesOrder = d365Order(orderId);
        assertEquals(salesOrder.getString("SalesOrderNumber"), inSalesforce.getString("ERP_Order_Number__c"));
        assertEquals("usmf", salesOrder.getString("dataAreaId"));
        assertEquals(3, salesOrder.getJsonArray("lines").size());
        for (JsonValue line : salesOrder.getJsonArray("lines")) {
            assertEquals("usmf", line.asJsonObject().getString("dataAreaId"));
            for (String field : PRICE_FIELDS) {
                assertFalse(line.asJsonObject().containsKey(field), "no CRM price is sent: " + line);
            }
        }
        String accountId = inSalesforce.getString("AccountId");
        JsonObject customer = HttpCalls.get(sandbox("api/d365/records/CustomersV3?customerAccount=" + accountId), null)
                .json();
        assertEquals("usmf", customer.getString("dataAreaId"));
        assertEquals(longName.substring(0, 100).stripTrailing(), customer.getString("OrganizationName"),
                "name cut to 100, without the space the cut left at its end");
        JsonObject stats = d365Stats();
        assertEquals(1, stats.getJsonObject("recordsCreatedByExternalId").getInt(accountId));
        assertEquals(1, stats.getJsonObject("recordsCreatedByExternalId").getInt(orderId));
        JsonObject status = HttpCalls.get(bridge("api/v1/orders/" + orderId), TestTokens.valid()).json();
        assertEquals("SYNCED", status.getString("syncState"));
        assertEquals("d365", status.getJsonArray("erp").getJsonObject(0).getString("system"));
    }

    @Test
    void sameEventDeliveredFiveTimesStillGivesOneSalesOrder() {
        String orderId = TestIds.order();
        String payload = batchOf(TestOrders.order(orderId, TestIds.account(), 2).add("legalEntity", "USMF").build());

        for (int i = 0; i < 5; i++) {
            assertEquals(202, HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), payload).status());
        }

        awaitBridgeState(orderId, "SYNCED");
        assertEquals(1, createdInD365(orderId));
    }

    @Test
    void unknownItemGoesDeadWithTheAxODataWriteExceptionAndSyncsAfterTheMappingIsFixedAndReplayed() {
        String orderId = createSalesforceOrder("Fabrikam Nordic AB", "USMF", "WID-100", "WID-998");
        HttpCalls.post(sandbox("api/salesforce/orders/" + orderId + "/activate"), null, "");

        JsonObject failed = awaitSalesforceStatus(orderId, "Failed");
        assertTrue(failed.getString("ERP_Sync_Error__c").contains("Item number WID-998 does not exist"), failed.toString());
        JsonObject letter = deadLetterOf(orderId);
        assertTrue(letter.getString("reason").contains("AxODataWriteException"), letter.toString());
        assertTrue(letter.getString("reason").contains("Item number WID-998 does not exist"), letter.toString());
        assertEquals(404, HttpCalls.get(sandbox("api/d365/records/SalesOrderHeadersV2?customersOrderReference="
                + orderId), null).status(), "the failed change set left no header behind");
        String timeline = HttpCalls.get(bridge("api/v1/orders/" + orderId), TestTokens.valid()).json()
                .getJsonArray("timeline").toString();
        assertTrue(timeline.contains("Item number WID-998 does not exist"), timeline);

        putMapping("item/WID-998", "WID-200");
        Answer replayed = HttpCalls.send(HttpRequest.newBuilder(
                        bridge("api/v1/admin/dead-letters/" + letter.getJsonNumber("id").longValue() + "/replay"))
                .header("Authorization", operator()).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, replayed.status(), replayed.body());

        JsonObject synced = awaitSalesforceStatus(orderId, "Synced");
        assertEquals(d365Order(orderId).getString("SalesOrderNumber"), synced.getString("ERP_Order_Number__c"));
        assertEquals(1, createdInD365(orderId));
    }

    @Test
    void legalEntityWithoutACompanyMappingGoesDeadNamingTheMissingMapping() {
        String orderId = TestIds.order();
        post(batchOf(TestOrders.order(orderId, TestIds.account(), 1).add("legalEntity", "USXX").build()));

        awaitBridgeState(orderId, "FAILED");
        String reason = deadLetterOf(orderId).getString("reason");
        assertTrue(reason.contains("d365/legal-entity/USXX"), reason);
    }

    @Test
    void knownCustomerCostsOneHttpCallPerOrderAndTheTokenIsNotFetchedAgain() {
        String accountId = TestIds.account();
        String first = TestIds.order();
        post(batchOf(TestOrders.order(first, accountId, 2).add("legalEntity", "USMF").build()));
        awaitBridgeState(first, "SYNCED");
        JsonObject before = d365Stats();

        List<String> orders = new ArrayList<>();
        JsonArrayBuilder batch = Json.createArrayBuilder();
        for (int i = 0; i < 5; i++) {
            String orderId = TestIds.order();
            orders.add(orderId);
            batch.add(TestOrders.order(orderId, accountId, 3).add("legalEntity", "USMF"));
        }
        post(Json.createObjectBuilder().add("orders", batch).build().toString());
        orders.forEach(orderId -> awaitBridgeState(orderId, "SYNCED"));

        JsonObject after = d365Stats();
        assertEquals(5, after.getInt("calls") - before.getInt("calls"), "one call per order: " + after);
        assertEquals(5, after.getJsonObject("callsByOperation").getInt("POST $batch")
                - before.getJsonObject("callsByOperation").getInt("POST $batch"));
        assertEquals(before.getInt("tokenRequests"), after.getInt("tokenRequests"), "the cached token served them all");
        assertTrue(after.getInt("tokenRequests") >= 1);
    }

    @Test
    void aRevokedTokenIsReplacedOnceAndAShortLivedOneIsRenewedBeforeItExpires() {
        String accountId = TestIds.account();
        String first = TestIds.order();
        post(batchOf(TestOrders.order(first, accountId, 1).add("legalEntity", "USMF").build()));
        awaitBridgeState(first, "SYNCED");
        putSandbox("api/d365/tokens", "{\"lifetimeSeconds\":6}");
        HttpCalls.post(sandbox("api/d365/tokens/revoke"), null, "");
        JsonObject before = d365Stats();

        long started = System.nanoTime();
        int orders = 0;
        while (System.nanoTime() - started < Duration.ofSeconds(13).toNanos()) {
            String orderId = TestIds.order();
            post(batchOf(TestOrders.order(orderId, accountId, 1).add("legalEntity", "USMF").build()));
            awaitBridgeState(orderId, "SYNCED");
            orders++;
        }

        JsonObject after = d365Stats();
        int tokens = after.getInt("tokenRequests") - before.getInt("tokenRequests");
        assertEquals(1, after.getInt("unauthorized") - before.getInt("unauthorized"),
                "only the revoked token was refused; the 6 s tokens were renewed before they expired: " + after);
        assertTrue(tokens >= 3 && tokens <= 6, tokens + " tokens in 13 s of 6 s tokens renewed at half their lifetime");
        assertTrue(orders > tokens, orders + " orders, " + tokens + " tokens: not one per call");
    }

    @Test
    void throttlingThenAnOutageRecoverWithNoCallBeforeRetryAfter() {
        String accountId = TestIds.account();
        String first = TestIds.order();
        post(batchOf(TestOrders.order(first, accountId, 1).add("legalEntity", "USMF").build()));
        awaitBridgeState(first, "SYNCED");
        putSandbox("api/d365/faults", "{\"retryAfterSeconds\":2,\"firstCalls\":{\"throttle\":2,\"unavailable\":2}}");
        String orderId = TestIds.order();

        post(batchOf(TestOrders.order(orderId, accountId, 2).add("legalEntity", "USMF").build()));

        awaitBridgeState(orderId, "SYNCED");
        JsonObject stats = d365Stats();
        assertTrue(stats.getInt("throttled") >= 2 && stats.getInt("unavailable") >= 2, stats.toString());
        assertEquals(1, createdInD365(orderId));
        List<long[]> retries = OutboxAttempts.retriesOf(orderId);
        assertEquals(4, retries.size(), "four refused calls were retried");
        for (long[] retry : retries) {
            assertTrue(retry[1] - retry[0] >= 1950, "next call " + (retry[1] - retry[0]) + " ms after a Retry-After of 2 s");
        }
    }

    @Test
    void lostResponseOnTheBatchMakesNoSecondOrder() {
        String accountId = TestIds.account();
        String first = TestIds.order();
        post(batchOf(TestOrders.order(first, accountId, 1).add("legalEntity", "USMF").build()));
        awaitBridgeState(first, "SYNCED");
        int lostBefore = d365Stats().getInt("lostResponses");
        putSandbox("api/d365/faults", "{\"firstCalls\":{\"lostResponse\":1}}");
        String orderId = TestIds.order();

        post(batchOf(TestOrders.order(orderId, accountId, 3).add("legalEntity", "USMF").build()));

        awaitBridgeState(orderId, "SYNCED");
        JsonObject stats = d365Stats();
        assertEquals(lostBefore + 1, stats.getInt("lostResponses"), stats.toString());
        assertEquals(1, createdInD365(orderId));
        assertEquals(3, d365Order(orderId).getJsonArray("lines").size());
    }

    @Test
    void lostResponseOnANewCustomerMakesNoSecondCustomerAndTheOrderSyncs() {
        JsonObject before = d365Stats();
        putSandbox("api/d365/faults", "{\"firstCalls\":{\"lostResponse\":1}}");
        String accountId = TestIds.account();
        String orderId = TestIds.order();

        post(batchOf(TestOrders.order(orderId, accountId, 2).add("legalEntity", "USMF").build()));

        awaitBridgeState(orderId, "SYNCED");
        JsonObject stats = d365Stats();
        assertEquals(before.getInt("lostResponses") + 1, stats.getInt("lostResponses"), stats.toString());
        assertEquals(1, createdInD365(accountId), "the repeated create found the customer and updated it");
        assertEquals(before.getJsonObject("callsByOperation").getInt("PATCH CustomersV3", 0) + 1,
                stats.getJsonObject("callsByOperation").getInt("PATCH CustomersV3", 0), stats.toString());
        assertEquals(1, createdInD365(orderId));
    }

    @Test
    void ordersBeyondTheRequestBudgetFinishWithoutA429WithinTheBudgetBoundTime() {
        int budget = D365DemoEnvironment.BUDGET_REQUESTS;
        int window = D365DemoEnvironment.BUDGET_WINDOW_SECONDS;
        putSandbox("api/d365/budget", "{\"requests\":" + budget + ",\"windowSeconds\":" + window + "}");
        String accountId = TestIds.account();
        String first = TestIds.order();
        post(batchOf(TestOrders.order(first, accountId, 1).add("legalEntity", "USMF").build()));
        awaitBridgeState(first, "SYNCED");
        awaitBudgetUnused(Duration.ofSeconds(window + 1));
        JsonObject before = d365Stats();
        // four full windows and one request more: the last window's single request ends the run, so
        // the time is the budget's, not the time to send a window's worth of orders
        int orderCount = 4 * budget + 1;
        List<String> orderIds = new ArrayList<>();

        long started = System.nanoTime();
        for (int sent = 0; sent < orderCount; sent += 20) {
            JsonArrayBuilder orders = Json.createArrayBuilder();
            for (int i = 0; i < Math.min(20, orderCount - sent); i++) {
                String orderId = TestIds.order();
                orderIds.add(orderId);
                orders.add(TestOrders.order(orderId, accountId, 2).add("legalEntity", "USMF"));
            }
            post(Json.createObjectBuilder().add("orders", orders).build().toString());
        }
        Eventually.await(() -> TestDatabase.get().count("select count(*) from xref where entity_type = 'order' "
                        + "and target_system = 'd365' and sf_id in (" + String.join(",", orderIds.stream()
                        .map(id -> "'" + id + "'").toList()) + ")"), n -> n == orderCount, Duration.ofSeconds(120),
                "all " + orderCount + " orders in D365");
        double elapsed = (System.nanoTime() - started) / 1e9;

        JsonObject after = d365Stats();
        int requests = after.getInt("calls") - before.getInt("calls");
        // a sliding window lets the first `budget` requests go at once: request n can go no earlier
        // than (ceil(n / budget) - 1) windows after the first
        double minimum = (Math.ceil((double) requests / budget) - 1) * window;
        System.out.printf("D365 budget run: %d orders, %d requests, %.1f s (budget-bound minimum %.1f s, %.2fx; "
                        + "at the average rate %.1f s)%n", orderCount, requests, elapsed, minimum, elapsed / minimum,
                (double) requests * window / budget);
        assertEquals(before.getInt("throttled"), after.getInt("throttled"), "D365 never answered 429: " + after);
        assertEquals(before.getInt("overBudget"), after.getInt("overBudget"));
        assertEquals(orderCount, requests, "one request per order");
        assertTrue(elapsed <= 1.2 * minimum, elapsed + " s for a budget-bound minimum of " + minimum + " s");
        for (String orderId : orderIds) {
            assertEquals(1, after.getJsonObject("recordsCreatedByExternalId").getInt(orderId), orderId);
        }
    }

    private void awaitBudgetUnused(Duration window) {
        Eventually.await(() -> {
            try (Connection c = TestDatabase.get().connect(); PreparedStatement s = c.prepareStatement(
                    "select count(*) from governance_request_slot where target_system = 'd365' and used_at > ?")) {
                s.setTimestamp(1, Timestamp.from(java.time.Instant.now().minus(window)));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, n -> n == 0, Duration.ofSeconds(30), "the D365 request budget unused for a window");
    }

    String createSalesforceOrder(String accountName, String legalEntity, String... productCodes) {
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
                .add("legalEntity", legalEntity).add("lines", lines).build());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("orderId");
    }

    private void post(String batch) {
        Answer answer = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), batch);
        assertEquals(202, answer.status(), answer.body());
    }

    private static String batchOf(JsonObject order) {
        return Json.createObjectBuilder().add("orders", Json.createArrayBuilder().add(order)).build().toString();
    }

    private JsonObject awaitSalesforceStatus(String orderId, String syncStatus) {
        return Eventually.await(() -> HttpCalls.get(sandbox("api/salesforce/orders/" + orderId), null).json(),
                order -> !order.isNull("ERP_Sync_Status__c") && syncStatus.equals(order.getString("ERP_Sync_Status__c")),
                SYNC_TIME, "order " + orderId + " " + syncStatus + " in Salesforce");
    }

    private void awaitBridgeState(String orderId, String state) {
        Eventually.await(() -> HttpCalls.get(bridge("api/v1/orders/" + orderId), TestTokens.valid()).json()
                .getString("syncState"), state::equals, SYNC_TIME, "order " + orderId + " " + state);
    }

    private JsonObject d365Order(String orderId) {
        Answer answer = HttpCalls.get(sandbox("api/d365/records/SalesOrderHeadersV2?customersOrderReference="
                + orderId), null);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private JsonObject d365Stats() {
        return HttpCalls.get(sandbox("api/d365/stats"), null).json();
    }

    private int createdInD365(String key) {
        return d365Stats().getJsonObject("recordsCreatedByExternalId").getInt(key, 0);
    }

    private void putSandbox(String path, String json) {
        Answer answer = HttpCalls.send(HttpRequest.newBuilder(sandbox(path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        assertTrue(answer.status() < 300, path + ": " + answer.body());
    }

    private void putMapping(String typeAndValue, String target) {
        putMapping("d365", typeAndValue, target);
    }

    private void putMapping(String system, String typeAndValue, String target) {
        Answer mapped = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/mappings/" + system + "/" + typeAndValue))
                .header("Authorization", operator()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"targetValue\":\"" + target + "\"}")));
        assertEquals(200, mapped.status(), mapped.body());
    }

    private JsonObject deadLetterOf(String orderId) {
        Answer letters = HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/dead-letters?system=d365"))
                .header("Authorization", operator()).GET());
        assertEquals(200, letters.status(), letters.body());
        try (var reader = Json.createReader(new StringReader(letters.body()))) {
            return reader.readArray().stream().map(JsonValue::asJsonObject)
                    .filter(l -> l.getString("aggregateId").equals(orderId)).findFirst()
                    .orElseThrow(() -> new AssertionError("no dead letter for " + orderId + " in " + letters.body()));
        }
    }

    private static String operator() {
        return "Basic " + Base64.getEncoder().encodeToString(("operator:" + IntegrationEnvironment.OPERATOR_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
