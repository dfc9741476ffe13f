package org.o2cbridge.order;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.HttpCalls.Answer;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.TestDatabase;
import org.o2cbridge.testing.TestIds;
import org.o2cbridge.testing.TestOrders;
import org.o2cbridge.testing.TestTokens;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever the order API refuses, it refuses with a clear answer and stores nothing of it. */
class OrderEventRejectionIT extends IntegrationSuite {

    record BadToken(String name, Supplier<String> token) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadToken> badTokens() {
        return Stream.of(
                new BadToken("no token", () -> null),
                new BadToken("unsigned (alg none)", TestTokens::unsigned),
                new BadToken("expired", TestTokens::expired),
                new BadToken("wrong audience", () -> TestTokens.forAudience("someone-else")),
                new BadToken("wrong issuer", () -> TestTokens.fromIssuer("another-org")),
                new BadToken("signed with another key", TestTokens::signedWithAnotherKey),
                new BadToken("not a JWT", () -> "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0} gets 401")
    @MethodSource("badTokens")
    void requestWithoutAValidTokenIsRefusedAndStoresNothing(BadToken bad) {
        String orderId = TestIds.order();

        Answer answer = HttpCalls.post(bridge("api/v1/order-events"), bad.token().get(), TestOrders.batchOf(orderId, 1));

        assertEquals(401, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("unauthenticated", answer.json().getString("code"));
        assertNothingStoredFor(orderId);
        assertEquals(401, HttpCalls.get(bridge("api/v1/orders/" + orderId), bad.token().get()).status());
    }

    @Test
    void malformedJsonIsABadRequest() {
        Answer answer = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), "{\"orders\": [ {\"sfOrderId\": ");

        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("malformed-request", answer.json().getString("code"));
        assertTrue(answer.json().getString("detail").contains("not a valid order-event JSON"), answer.body());
    }

    @Test
    void orderWithoutLinesIsRefusedNamingTheField() {
        String orderId = TestIds.order();
        JsonObject batch = batchWith(TestOrders.order(orderId, TestIds.account(), 1).add("lines", Json.createArrayBuilder()));

        assertFieldRejected(batch, "/orders/0/lines");
        assertNothingStoredFor(orderId);
    }

    @Test
    void negativeQuantityIsRefusedNamingTheLine() {
        String orderId = TestIds.order();
        JsonObjectBuilder order = TestOrders.order(orderId, TestIds.account(), 2);
        JsonObject built = order.build();
        JsonObject badLine = Json.createObjectBuilder(built.getJsonArray("lines").getJsonObject(1)).add("quantity", -3).build();
        JsonObject batch = batchWith(Json.createObjectBuilder(built).add("lines",
                Json.createArrayBuilder().add(built.getJsonArray("lines").getJsonObject(0)).add(badLine)));

        assertFieldRejected(batch, "/orders/0/lines/1/quantity");
        assertNothingStoredFor(orderId);
    }

    @Test
    void invalidIdsAndCurrencyAreRefusedEachByName() {
        String orderId = TestIds.order();
        String suffix = orderId.substring(15);
        String wrongSuffix = (suffix.charAt(0) == 'A' ? "B" : "A") + suffix.substring(1);
        JsonObject batch = batchWith(TestOrders.order(orderId, TestIds.account(), 1)
                .add("sfOrderId", orderId.substring(0, 15) + wrongSuffix)
                .add("currency", "XYZ"));

        Answer answer = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), batch);

        assertEquals(422, answer.status(), answer.body());
        List<String> pointers = answer.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("pointer")).toList();
        assertEquals(List.of("/orders/0/currency", "/orders/0/sfOrderId"), pointers);
        assertNothingStoredFor(orderId);
    }

    @Test
    void accountIdInTheOrderFieldIsRefused() {
        String accountId = TestIds.account();
        JsonObject batch = batchWith(TestOrders.order(accountId, TestIds.account(), 1));

        assertFieldRejected(batch, "/orders/0/sfOrderId");
        assertEquals(0, TestDatabase.get().count("select count(*) from inbound_event where sf_order_id = ?", accountId));
    }

    @Test
    void oneBadOrderRejectsTheWholeBatchAndStoresNoneOfIt() {
        String goodId = TestIds.order();
        String badId = TestIds.order();
        JsonObject batch = Json.createObjectBuilder().add("orders", Json.createArrayBuilder()
                .add(TestOrders.order(goodId, TestIds.account(), 1))
                .add(TestOrders.order(badId, TestIds.account(), 1).add("effectiveDate", JsonObject.NULL))).build();

        assertFieldRejected(batch, "/orders/1/effectiveDate");
        assertNothingStoredFor(goodId);
        assertNothingStoredFor(badId);
    }

    @Test
    void oversizedBodyIsRefusedWith413() {
        String orderId = TestIds.order();
        JsonObject batch = batchWith(TestOrders.order(orderId, TestIds.account(), 1).add("poNumber", "x".repeat(1_100_000)));

        Answer answer = HttpCalls.postExpectingContinue(bridge("api/v1/order-events"), TestTokens.valid(), batch.toString());

        assertEquals(413, answer.status(), answer.body());
        assertEquals("body-too-large", answer.json().getString("code"));
        assertNothingStoredFor(orderId);
    }

    private void assertFieldRejected(JsonObject batch, String pointer) {
        Answer answer = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), batch);
        assertEquals(422, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
        JsonObject problem = answer.json();
        assertEquals("validation-failed", problem.getString("code"));
        assertTrue(problem.getJsonArray("errors").stream()
                .anyMatch(e -> e.asJsonObject().getString("pointer").equals(pointer)), answer.body());
    }

    private static JsonObject batchWith(JsonObjectBuilder order) {
        return Json.createObjectBuilder().add("orders", Json.createArrayBuilder().add(order)).build();
    }

    private static void assertNothingStoredFor(String orderId) {
        TestDatabase db = TestDatabase.get();
        assertEquals(0, db.count("select count(*) from inbound_event where sf_order_id = ?", orderId));
        assertEquals(0, db.count("select count(*) from outbox where aggregate_id = ?", orderId));
    }
}
