package org.o2cbridge.order;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.Eventually;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.IntegrationEnvironment;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.OutboxAttempts;
import org.o2cbridge.testing.TestDatabase;
import org.o2cbridge.testing.TestIds;
import org.o2cbridge.testing.TestOrders;
import org.o2cbridge.testing.TestTokens;

import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * NetSuite throttles, fails, drops answers and limits concurrency; orders still arrive, once,
 * with no human action, and never with a call before NetSuite's {@code Retry-After}; a wave of
 * orders finishing over seconds comes back to Salesforce in a few batched calls.
 */
class NetSuiteResilienceIT extends IntegrationSuite {

    @BeforeEach
    void startFromAQuietNetSuite() {
        Eventually.await(() -> TestDatabase.get().count("select count(*) from outbox where target_system = 'netsuite' "
                + "and status in ('PENDING', 'IN_FLIGHT')"), n -> n == 0, Duration.ofSeconds(60), "NetSuite work idle");
    }

    @AfterEach
    void clearFaultsAndLatency() {
        HttpCalls.send(HttpRequest.newBuilder(sandbox("api/netsuite/faults")).DELETE());
        put("api/netsuite/settings", "{\"concurrencyLimit\":5,\"latencyMillis\":0}");
    }

    @Test
    void throttlingThenAnOutageRecoverWithNoCallBeforeRetryAfter() {
        put("api/netsuite/faults", "{\"retryAfterSeconds\":2,\"firstCalls\":{\"throttle\":2,\"unavailable\":2}}");
        String orderId = TestIds.order();

        post(TestOrders.batchOf(orderId, 2));

        awaitSynced(orderId);
        JsonObject stats = netSuiteStats();
        assertTrue(stats.getInt("throttled") >= 2 && stats.getInt("unavailable") >= 2, stats.toString());
        assertEquals(1, stats.getJsonObject("recordsCreatedByExternalId").getInt(orderId));
        List<long[]> retries = OutboxAttempts.retriesOf(orderId);
        assertEquals(4, retries.size(), "four refused calls were retried");
        for (long[] retry : retries) {
            assertTrue(retry[1] - retry[0] >= 1950, "next call " + (retry[1] - retry[0]) + " ms after a Retry-After of 2 s");
        }
    }

    @Test
    void lostResponseOnTheSalesOrderMakesNoSecondOrder() {
        String accountId = TestIds.account();
        String first = TestIds.order();
        post(batch(TestOrders.order(first, accountId, 1).build()));
        awaitSynced(first);
        startFromAQuietNetSuite();
        put("api/netsuite/faults", "{\"firstCalls\":{\"lostResponse\":2}}");
        String second = TestIds.order();

        post(batch(TestOrders.order(second, accountId, 2).build()));

        awaitSynced(second);
        JsonObject stats = netSuiteStats();
        assertEquals(2, stats.getInt("lostResponses"), stats.toString());
        assertEquals(1, stats.getJsonObject("recordsCreatedByExternalId").getInt(second));
        JsonObject salesOrder = HttpCalls.get(sandbox("api/netsuite/records/salesOrder?externalId=" + second), null).json();
        assertEquals(2, salesOrder.getJsonObject("item").getJsonArray("items").size());
    }

    @Test
    void throttledAndUnavailableNumberReadsAreRetriedAndTheOrderSyncs() {
        put("api/netsuite/faults", "{\"operations\":[\"POST suiteql\"],\"retryAfterSeconds\":1,"
                + "\"firstCalls\":{\"throttle\":1,\"unavailable\":1}}");
        int queriesBefore = callsOf(netSuiteStats(), "POST suiteql");
        String orderId = TestIds.order();

        post(TestOrders.batchOf(orderId, 2));

        awaitSynced(orderId);
        JsonObject stats = netSuiteStats();
        assertEquals(3, callsOf(stats, "POST suiteql") - queriesBefore, stats.toString());
        assertEquals(1, stats.getJsonObject("recordsCreatedByExternalId").getInt(orderId));
        assertEquals(List.of("RETRY 429", "RETRY 503", "DONE 200"), attemptsOf(orderId, "sales-order.read-number"));
        JsonObject status = HttpCalls.get(bridge("api/v1/orders/" + orderId), TestTokens.valid()).json();
        JsonObject salesOrder = HttpCalls.get(sandbox("api/netsuite/records/salesOrder?externalId=" + orderId), null).json();
        assertEquals(salesOrder.getString("tranId"), status.getJsonArray("erp").getJsonObject(0).getString("number"));
    }

    @Test
    void twoHundredOrdersInOneBatchStayWithinTheLimitSyncOnceAndComeBackToSalesforceInFewCalls() {
        awaitWriteBacksIdle();
        put("api/netsuite/settings", "{\"concurrencyLimit\":5,\"latencyMillis\":100}");
        int throttledBefore = netSuiteStats().getInt("throttled");
        int writeBackCallsBefore = writeBackCalls();
        List<String> orderIds = new ArrayList<>();
        JsonArrayBuilder orders = Json.createArrayBuilder();
        for (int i = 0; i < 200; i++) {
            JsonObject draft = createSalesforceOrder("Wave Customer " + i);
            orderIds.add(draft.getString("orderId"));
            orders.add(TestOrders.order(draft.getString("orderId"), draft.getString("accountId"), 2));
        }
        JsonObject before = netSuiteStats();
        double[] callTimeBefore = netSuiteCallMillis();
        double loadBefore = loadAverage();
        long started = System.nanoTime();

        post(Json.createObjectBuilder().add("orders", orders).build());

        startFromAQuietNetSuite();
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        for (String orderId : orderIds) {
            awaitSynced(orderId);
        }
        awaitWriteBacksIdle();
        JsonObject stats = netSuiteStats();
        assertTrue(stats.getInt("maxConcurrency") <= 5, stats.toString());
        assertEquals(throttledBefore, stats.getInt("throttled"), "NetSuite never had to refuse a call over its limit");
        long calls = stats.getJsonNumber("calls").longValue() - before.getJsonNumber("calls").longValue();
        int queries = callsOf(stats, "POST suiteql") - callsOf(before, "POST suiteql");
        long minimumMillis = calls * 100 / 5;
        double[] callTime = netSuiteCallMillis();
        double meanCallMillis = (callTime[0] - callTimeBefore[0]) / Math.max(1, callTime[1] - callTimeBefore[1]);
        System.out.printf("200 orders: %d NetSuite calls (%d SuiteQL), %d ms, limit-bound minimum %d ms, %.2fx; "
                        + "a call took %.1f ms on average as the bridge saw it (%.0f calls timed), so the slots were busy "
                        + "%.0f %% of the time; load average %.1f before, %.1f after%n",
                calls, queries, elapsedMillis, minimumMillis, (double) elapsedMillis / minimumMillis, meanCallMillis,
                callTime[1] - callTimeBefore[1],
                100 * calls * meanCallMillis / 5 / elapsedMillis, loadBefore, loadAverage());
        assertTrue(queries > 0 && queries * 4 <= orderIds.size(), "number reads shared SuiteQL queries: " + queries);
        assertEquals(2 * orderIds.size() + queries, calls, "one customer and one order call per order: " + stats);
        for (String orderId : orderIds) {
            assertEquals(1, stats.getJsonObject("recordsCreatedByExternalId").getInt(orderId), orderId);
            JsonObject inSalesforce = HttpCalls.get(sandbox("api/salesforce/orders/" + orderId), null).json();
            assertEquals("Synced", inSalesforce.getString("ERP_Sync_Status__c"), inSalesforce.toString());
            assertTrue(!inSalesforce.isNull("ERP_Order_Number__c"), inSalesforce.toString());
        }
        List<Instant> dueSince = writeBacksSentOnceEach(orderIds);
        assertWriteBackCallsWithinTheLingerBound(writeBackCalls() - writeBackCallsBefore, dueSince);
        double load = Math.max(loadBefore, loadAverage());
        assumeTrue(load <= 2.0 * Runtime.getRuntime().availableProcessors(), "the time is judged only on a machine with "
                + "CPU to spare: load average " + load + " on " + Runtime.getRuntime().availableProcessors() + " cores");
        assertTrue(elapsedMillis <= minimumMillis * 13 / 10, "took " + elapsedMillis + " ms, the limit allows "
                + minimumMillis + " ms");
    }

    /**
     * The write-backs went out in no more calls than the linger policy allows for how they became
     * due: one for a wave of up to 200 while its orders are being synced, whatever pauses it has
     * (the dispatcher takes the next orders' customers between sales orders), and one more per
     * maximum linger the wave lasted.
     */
    private static void assertWriteBackCallsWithinTheLingerBound(int calls, List<Instant> dueSince) {
        Duration quiet = IntegrationEnvironment.WRITE_BACK_QUIET;
        Duration span = Duration.between(dueSince.get(0), dueSince.get(dueSince.size() - 1));
        long longestPause = 0;
        for (int i = 1; i < dueSince.size(); i++) {
            longestPause = Math.max(longestPause, Duration.between(dueSince.get(i - 1), dueSince.get(i)).toMillis());
        }
        long bound = 1 + span.toMillis() / IntegrationEnvironment.WRITE_BACK_MAX_LINGER.toMillis();
        String figures = dueSince.size() + " write-backs due over " + span.toMillis() + " ms (longest pause "
                + longestPause + " ms, quiet period " + quiet.toMillis() + " ms) went out in " + calls
                + " Salesforce calls; the linger policy allows " + bound;
        System.out.println(figures);
        assertTrue(calls >= 1 && calls <= bound, figures);
    }

    private void awaitWriteBacksIdle() {
        Eventually.await(() -> TestDatabase.get().count("select count(*) from outbox where action = 'order.write-back' "
                + "and status in ('PENDING', 'IN_FLIGHT')"), n -> n == 0, Duration.ofSeconds(60), "write-backs idle");
    }

    private int writeBackCalls() {
        return HttpCalls.get(sandbox("api/salesforce/stats"), null).json().getJsonObject("callsByOperation")
                .getInt("PATCH composite/sobjects", 0);
    }

    private JsonObject createSalesforceOrder(String accountName) {
        HttpCalls.Answer created = HttpCalls.post(sandbox("api/salesforce/orders"), null, Json.createObjectBuilder()
                .add("account", Json.createObjectBuilder().add("name", accountName)
                        .add("billingAddress", Json.createObjectBuilder().add("street", "1 Main St")
                                .add("city", "Springfield").add("postalCode", "62701").add("country", "US")))
                .add("currency", "USD").add("effectiveDate", "2026-11-20").add("poNumber", "PO-1")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("productCode", "WID-100")
                        .add("quantity", 2).add("unitPrice", 12.5).add("unitOfMeasure", "EA")))
                .build());
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    /**
     * Checks that each order has exactly one write-back, done at its first attempt, and answers
     * when they became due, in order.
     */
    private static List<Instant> writeBacksSentOnceEach(List<String> orderIds) {
        String sql = "select aggregate_id, status, attempts, created_at from outbox where action = 'order.write-back' "
                + "and aggregate_id in (" + String.join(",", Collections.nCopies(orderIds.size(), "?")) + ") "
                + "order by created_at";
        List<Instant> dueSince = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Connection c = TestDatabase.get().connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < orderIds.size(); i++) {
                s.setString(i + 1, orderIds.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String orderId = rs.getString(1);
                    assertTrue(seen.add(orderId), "a second write-back for " + orderId);
                    assertEquals("DONE", rs.getString(2), orderId);
                    assertEquals(1, rs.getInt(3), "attempts of the write-back of " + orderId);
                    dueSince.add(rs.getTimestamp(4).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(orderIds.size(), seen.size(), "orders with a write-back");
        return dueSince;
    }

    /**
     * The machine's load average over the last minute (0 where the system does not tell). On a
     * machine busy with other work the simulated NetSuite itself answers late (its latency is a
     * floor) and the bridge's threads wait for a core, so elapsed time says nothing about dispatch.
     */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The bridge's own NetSuite call time so far: milliseconds in all, and calls (its /metrics histogram). */
    private double[] netSuiteCallMillis() {
        double[] sumAndCount = new double[2];
        HttpCalls.get(bridge("metrics?scope=application"), null).body().lines()
                .filter(line -> line.contains("system=\"netsuite\""))
                .forEach(line -> {
                    double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    if (line.startsWith("o2c_external_call_milliseconds_sum")) {
                        sumAndCount[0] += value;
                    } else if (line.startsWith("o2c_external_call_milliseconds_count")) {
                        sumAndCount[1] += value;
                    }
                });
        return sumAndCount;
    }

    private static int callsOf(JsonObject stats, String operation) {
        return stats.getJsonObject("callsByOperation").getInt(operation, 0);
    }

    /** The attempts of the order's work of one action, in order: outcome and HTTP status. */
    private static List<String> attemptsOf(String orderId, String action) {
        String sql = "select a.outcome, a.http_status from outbox_attempt a join outbox o on o.id = a.outbox_id "
                + "where o.aggregate_id = ? and o.action = ? order by a.attempt_no";
        List<String> attempts = new ArrayList<>();
        try (Connection c = TestDatabase.get().connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, orderId);
            s.setString(2, action);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    attempts.add(rs.getString(1) + " " + rs.getObject(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return attempts;
    }

    private void post(JsonObject batch) {
        HttpCalls.Answer answer = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), batch);
        assertEquals(202, answer.status(), answer.body());
    }

    private static JsonObject batch(JsonObject order) {
        return Json.createObjectBuilder().add("orders", Json.createArrayBuilder().add(order)).build();
    }

    private void awaitSynced(String orderId) {
        Eventually.await(() -> HttpCalls.get(bridge("api/v1/orders/" + orderId), TestTokens.valid()).json()
                .getString("syncState"), "SYNCED"::equals, Duration.ofSeconds(120), "order " + orderId + " synced");
    }

    private JsonObject netSuiteStats() {
        return HttpCalls.get(sandbox("api/netsuite/stats"), null).json();
    }

    private void put(String path, String json) {
        HttpCalls.Answer answer = HttpCalls.send(HttpRequest.newBuilder(sandbox(path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        assertTrue(answer.status() < 300, path + ": " + answer.body());
    }
}
