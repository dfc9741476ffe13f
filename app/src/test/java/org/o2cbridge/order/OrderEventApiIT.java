package org.o2cbridge.order;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.HttpCalls.Answer;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.TestDatabase;
import org.o2cbridge.testing.TestIds;
import org.o2cbridge.testing.TestOrders;
import org.o2cbridge.testing.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The order-event API: accepted once, idempotent under redelivery, and readable afterwards. */
class OrderEventApiIT extends IntegrationSuite {

    @Test
    void acceptedOrderIsStoredWithItsPendingWorkAndReadable() {
        String orderId = TestIds.order();

        Answer answer = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), TestOrders.batchOf(orderId, 3));

        assertEquals(202, answer.status(), answer.body());
        JsonObject result = answer.json().getJsonArray("results").getJsonObject(0);
        assertEquals("ACCEPTED", result.getString("outcome"));
        assertEquals("/api/v1/orders/" + orderId, result.getString("statusUrl"));

        JsonObject status = HttpCalls.get(bridge("api/v1/orders/" + orderId), TestTokens.valid()).json();
        assertTrue(status.containsKey("syncState"), status.toString());
        assertEquals(1, status.getJsonArray("events").size());
        assertEquals(3, status.getJsonArray("events").getJsonObject(0).getInt("lineCount"));
        assertEquals(List.of("order.route"), status.getJsonArray("work").stream()
                .map(w -> w.asJsonObject().getString("action")).limit(1).toList());
        assertEquals("RECEIVED", status.getJsonArray("timeline").getJsonObject(0).getString("type"));
    }

    @Test
    void sameEventDeliveredFiveTimesTwoOfThemConcurrentlyIsStoredOnce() throws Exception {
        String orderId = TestIds.order();
        String payload = TestOrders.batchOf(orderId, 2).toString();
        List<Answer> answers = new ArrayList<>();

        answers.add(HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), payload));
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Answer>> concurrent = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), payload);
                })).toList();
        for (CompletableFuture<Answer> call : concurrent) {
            answers.add(call.get());
        }
        answers.add(HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), payload));
        answers.add(HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), payload));

        assertTrue(answers.stream().allMatch(a -> a.status() == 202), () -> answers.toString());
        assertEquals(1, answers.stream().mapToInt(a -> a.json().getInt("accepted")).sum());
        assertEquals(4, answers.stream().mapToInt(a -> a.json().getInt("duplicates")).sum());
        TestDatabase db = TestDatabase.get();
        assertEquals(1, db.count("select count(*) from inbound_event where sf_order_id = ?", orderId));
        assertEquals(1, db.count("select count(*) from outbox where aggregate_id = ? and action = ?", orderId,
                "order.route"));
    }

    @Test
    void concurrentFirstDeliveriesOfOneEventAcceptItExactlyOnce() throws Exception {
        String orderId = TestIds.order();
        String payload = TestOrders.batchOf(orderId, 1).toString();
        CyclicBarrier together = new CyclicBarrier(4);

        List<CompletableFuture<Answer>> calls = List.of(1, 2, 3, 4).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), payload);
                })).toList();

        int accepted = 0;
        for (CompletableFuture<Answer> call : calls) {
            Answer answer = call.get();
            assertEquals(202, answer.status(), answer.body());
            accepted += answer.json().getInt("accepted");
        }
        assertEquals(1, accepted);
        assertEquals(1, TestDatabase.get().count("select count(*) from inbound_event where sf_order_id = ?", orderId));
    }

    @Test
    void repeatedKeyInsideOneBatchIsReportedAsDuplicate() {
        String orderId = TestIds.order();
        JsonObject order = TestOrders.order(orderId, TestIds.account(), 1).build();
        JsonObject batch = Json.createObjectBuilder().add("orders", Json.createArrayBuilder().add(order).add(order)).build();

        Answer answer = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), batch);

        assertEquals(202, answer.status(), answer.body());
        assertEquals(List.of("ACCEPTED", "DUPLICATE"), answer.json().getJsonArray("results").stream()
                .map(r -> r.asJsonObject().getString("outcome")).toList());
        assertEquals(1, TestDatabase.get().count("select count(*) from outbox where aggregate_id = ? and action = ?",
                orderId, "order.route"));
    }

    @Test
    void batchMixingAnAcceptedEventWithNewOnesAcceptsOnlyTheNewOnes() {
        String first = TestIds.order();
        JsonObject known = TestOrders.order(first, TestIds.account(), 1).build();
        HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(),
                Json.createObjectBuilder().add("orders", Json.createArrayBuilder().add(known)).build());
        String second = TestIds.order();
        String third = TestIds.order();
        JsonObject batch = Json.createObjectBuilder().add("orders", Json.createArrayBuilder()
                .add(TestOrders.order(second, TestIds.account(), 2).build())
                .add(known)
                .add(TestOrders.order(third, TestIds.account(), 1).build())).build();

        Answer answer = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), batch);

        assertEquals(202, answer.status(), answer.body());
        assertEquals(List.of("ACCEPTED", "DUPLICATE", "ACCEPTED"), answer.json().getJsonArray("results").stream()
                .map(r -> r.asJsonObject().getString("outcome")).toList());
        TestDatabase db = TestDatabase.get();
        for (String orderId : List.of(first, second, third)) {
            assertEquals(1, db.count("select count(*) from inbound_event where sf_order_id = ?", orderId), orderId);
            assertEquals(1, db.count("select count(*) from outbox where aggregate_id = ? and action = ?", orderId,
                    "sales-order.upsert"), orderId);
        }
    }

    @Test
    void fifteenCharacterIdsAreStoredInTheirEighteenCharacterForm() {
        String orderId = TestIds.order();
        String accountId = TestIds.account();
        JsonObject order = TestOrders.order(orderId.substring(0, 15), accountId.substring(0, 15), 1).build();

        Answer answer = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(),
                Json.createObjectBuilder().add("orders", Json.createArrayBuilder().add(order)).build());

        assertEquals(202, answer.status(), answer.body());
        assertEquals(orderId, answer.json().getJsonArray("results").getJsonObject(0).getString("sfOrderId"));
        TestDatabase db = TestDatabase.get();
        assertEquals(1, db.count("select count(*) from inbound_event where sf_order_id = ? and sf_account_id = ?",
                orderId, accountId));
        assertEquals(200, HttpCalls.get(bridge("api/v1/orders/" + orderId.substring(0, 15)), TestTokens.valid()).status());
    }

    @Test
    void tokenWithoutTypeHeaderIsAccepted() {
        String orderId = TestIds.order();

        Answer answer = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.withoutTypeHeader(),
                TestOrders.batchOf(orderId, 1));

        assertEquals(202, answer.status(), answer.body());
    }

    @Test
    void unknownOrderAnswersNotFoundAndANonOrderIdBadRequest() {
        Answer unknown = HttpCalls.get(bridge("api/v1/orders/" + TestIds.order()), TestTokens.valid());
        Answer notAnOrder = HttpCalls.get(bridge("api/v1/orders/" + TestIds.account()), TestTokens.valid());

        assertEquals(404, unknown.status());
        assertEquals("application/problem+json", unknown.contentType());
        assertEquals("order-not-found", unknown.json().getString("code"));
        assertEquals(400, notAnOrder.status());
        assertEquals("invalid-order-id", notAnOrder.json().getString("code"));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
