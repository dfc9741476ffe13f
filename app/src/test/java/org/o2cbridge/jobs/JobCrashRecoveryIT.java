package org.o2cbridge.jobs;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.o2cbridge.testing.AdminApi;
import org.o2cbridge.testing.BridgeSettings;
import org.o2cbridge.testing.Eventually;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.IntegrationDatabaseCondition;
import org.o2cbridge.testing.IntegrationEnvironment;
import org.o2cbridge.testing.PayaraProcess;
import org.o2cbridge.testing.TestDatabase;
import org.o2cbridge.testing.TestKeys;
import org.o2cbridge.testing.TestOrders;
import org.o2cbridge.testing.TestTokens;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bridge is killed with {@code kill -9} in the middle of the invoice sync, and of the historical
 * migration, then started again on the same database: the killed execution shows as stale, no
 * longer blocks the job, and its resume writes the rest, so Salesforce holds every invoice and
 * payment, every historical order and line, exactly once. Bridge and
 * sandbox run as processes of their own, so that the sandbox (Salesforce's records) survives.
 */
@ExtendWith(IntegrationDatabaseCondition.class)
class JobCrashRecoveryIT {

    private static final int ORDERS = 3;
    private static final int INVOICES_PER_ORDER = 12;
    private static final Duration WAIT = Duration.ofSeconds(120);

    @Test
    void bridgeKilledDuringTheInvoiceSyncLeavesAStaleRunWhoseResumeWritesEveryRecordOnce() {
        crashAndResume("job-crash", new Crash() {
            int documents;
            int atKill;

            @Override
            public long start(PayaraProcess sandbox, PayaraProcess bridge) {
                List<String> orders = syncedOrders(sandbox, bridge);
                documents = generateBilling(sandbox, orders);
                settings(sandbox, "{\"concurrencyLimit\":5,\"latencyMillis\":400}");
                HttpCalls.Answer started = post(bridge, "api/v1/admin/jobs/invoice-payment-sync/executions",
                        "{\"chunkSize\":2,\"pageSize\":4}");
                assertEquals(201, started.status(), started.body());
                return started.json().getJsonNumber("executionId").longValue();
            }

            @Override
            public void awaitUnderWay(PayaraProcess sandbox, PayaraProcess bridge, long execution) {
                Eventually.await(() -> records(sandbox), n -> n >= 6, WAIT, "the first chunks in Salesforce");
            }

            @Override
            public void afterKill(PayaraProcess sandbox) {
                atKill = records(sandbox);
                assertTrue(atKill < documents, "the sync was under way when the bridge was killed: " + atKill);
            }

            @Override
            public void afterResume(PayaraProcess sandbox, JsonObject stale, JsonObject done) {
                assertEquals("2", done.getJsonObject("parameters").getString("chunkSize"), "the stale run's parameters");
                int resumedRead = done.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics").getInt("read");
                assertTrue(resumedRead < documents, "the resume carried on instead of starting over: read " + resumedRead);
                assertTrue(resumedRead <= documents - atKill + 4,
                        "what was committed before the kill is not read again: read " + resumedRead + " of " + documents
                                + ", " + atKill + " were in Salesforce at the kill; the killed run: " + stale);
                assertEquals(documents, records(sandbox), "every invoice and payment in Salesforce, each once");
                assertEquals(ORDERS * INVOICES_PER_ORDER, count(sandbox, "Invoice__c"));
                assertEquals(ORDERS * INVOICES_PER_ORDER, count(sandbox, "Payment__c"));
            }
        });
    }

    @Test
    void bridgeKilledDuringTheHistoricalMigrationLeavesAStaleRunWhoseResumeLoadsEveryOrderOnce() {
        int orders = 2400;
        crashAndResume("migration-crash", new Crash() {
            int atKill;

            @Override
            public long start(PayaraProcess sandbox, PayaraProcess bridge) {
                HttpCalls.Answer plan = HttpCalls.send(HttpRequest.newBuilder(sandbox.url("sandbox/api/netsuite/history"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"seed\":3,\"orders\":" + orders + ",\"linesPerOrder\":3,"
                                + "\"from\":\"2018-01-01\",\"to\":\"2020-01-01\",\"customers\":40}")));
                assertEquals(200, plan.status(), plan.body());
                settings(sandbox, "{\"concurrencyLimit\":5,\"latencyMillis\":150}");
                HttpCalls.Answer started = post(bridge, "api/v1/admin/jobs/historical-order-migration/executions",
                        "{\"from\":\"2018-01-01\",\"to\":\"2020-01-01\",\"partitions\":2,\"chunkSize\":100,\"pageSize\":50}");
                assertEquals(201, started.status(), started.body());
                return started.json().getJsonNumber("executionId").longValue();
            }

            @Override
            public void awaitUnderWay(PayaraProcess sandbox, PayaraProcess bridge, long execution) {
                // chunks committed in the bridge (their positions with them), not only loaded into Salesforce
                Eventually.await(() -> {
                    JsonObject run = execution(bridge, execution);
                    return run.containsKey("progress") && !run.isNull("progress")
                            ? run.getJsonObject("progress").getJsonNumber("done").longValue() : 0L;
                }, n -> n >= 200, WAIT, "the first chunks of both ranges committed");
            }

            @Override
            public void afterKill(PayaraProcess sandbox) {
                atKill = count(sandbox, "Order");
                assertTrue(atKill < orders, "the migration was under way when the bridge was killed: " + atKill);
            }

            @Override
            public void afterResume(PayaraProcess sandbox, JsonObject stale, JsonObject done) {
                assertEquals("100", done.getJsonObject("parameters").getString("chunkSize"), "the stale run's parameters");
                long resumedRead = done.getJsonObject("progress").getJsonNumber("done").longValue();
                assertTrue(resumedRead < orders, "the resume carried on instead of starting over: read " + resumedRead);
                assertTrue(resumedRead <= orders - atKill + 2 * 100,
                        "what was committed before the kill is not read again: read " + resumedRead + " of " + orders
                                + ", " + atKill + " were in Salesforce at the kill");
                assertEquals(orders, count(sandbox, "Order"), "every historical order in Salesforce, each once");
                assertEquals(orders * 3, count(sandbox, "OrderItem"), "every line, each once");
            }
        });
    }

    /** One job run the test starts, watches and checks around a {@code kill -9} of the bridge. */
    private interface Crash {
        /** Sets up the sandbox and starts the job on the bridge; answers the execution. */
        long start(PayaraProcess sandbox, PayaraProcess bridge);

        void awaitUnderWay(PayaraProcess sandbox, PayaraProcess bridge, long execution);

        void afterKill(PayaraProcess sandbox);

        void afterResume(PayaraProcess sandbox, JsonObject stale, JsonObject done);
    }

    private static void crashAndResume(String name, Crash crash) {
        Path work = Path.of(System.getProperty("o2c.it.work-dir"), System.getProperty("o2c.it.db"), name);
        TestKeys keys = TestKeys.get();
        TestDatabase database = TestDatabase.another(work);
        Properties sandboxSettings = new Properties();
        sandboxSettings.setProperty("o2c.sandbox.salesforce.org-private-key", keys.orgPrivateKey().toString());
        sandboxSettings.setProperty("o2c.sandbox.salesforce.connected-app-public-key", keys.bridgePublicKey().toString());
        int sandboxPort = PayaraProcess.freePort();
        try (PayaraProcess sandbox = PayaraProcess.start("sandbox", work, sandboxPort,
                List.of(Path.of(System.getProperty("o2c.it.sandbox-war"))), sandboxSettings, "sandbox/api/netsuite/stats")) {
            Properties settings = BridgeSettings.of(database, keys, "http://localhost:" + sandboxPort);
            settings.setProperty("o2c.jobs.schedules.enabled", "false");
            settings.setProperty("o2c.instance.heartbeat-seconds", "1");
            settings.setProperty("o2c.jobs.stale-after-seconds", "4");
            settings.setProperty("o2c.security.users", "operator");
            settings.setProperty("o2c.security.user.operator.roles", "o2c-operator");
            settings.setProperty("o2c.security.user.operator.password", IntegrationEnvironment.OPERATOR_PASSWORD);
            int bridgePort = PayaraProcess.freePort();

            PayaraProcess bridge = PayaraProcess.startBridge(name + "-bridge", work, bridgePort, settings);
            long killed;
            try {
                killed = crash.start(sandbox, bridge);
                crash.awaitUnderWay(sandbox, bridge, killed);
                bridge.kill();
            } finally {
                bridge.close();
            }
            crash.afterKill(sandbox);
            settings(sandbox, "{\"concurrencyLimit\":5,\"latencyMillis\":0}");

            try (PayaraProcess restarted = PayaraProcess.startBridge(name + "-bridge-restarted", work, bridgePort, settings)) {
                JsonObject stale = Eventually.await(() -> execution(restarted, killed),
                        e -> e.getBoolean("stale", false), WAIT, "execution " + killed + " seen as stale");
                assertEquals("STARTED", stale.getString("batchStatus"), stale.toString());

                HttpCalls.Answer resumed = post(restarted, "api/v1/admin/jobs/executions/" + killed + "/resume", "");
                assertEquals(201, resumed.status(), resumed.body());
                long resumedId = resumed.json().getJsonNumber("executionId").longValue();
                JsonObject done = Eventually.await(() -> execution(restarted, resumedId),
                        e -> Set.of("COMPLETED", "FAILED", "STOPPED").contains(e.getString("batchStatus")), WAIT,
                        "the resumed execution " + resumedId + " ended");
                assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
                assertEquals(resumedId, execution(restarted, killed).getJsonNumber("resumedAs").longValue());

                HttpCalls.Answer again = post(restarted, "api/v1/admin/jobs/executions/" + killed + "/resume", "");
                assertEquals(409, again.status(), again.body());
                assertEquals("execution-already-resumed", again.json().getString("code"));
                crash.afterResume(sandbox, stale, done);
            }
        } finally {
            database.close();
        }
    }

    /** Orders of the sandbox's Salesforce org, synced to its NetSuite through the bridge. */
    private static List<String> syncedOrders(PayaraProcess sandbox, PayaraProcess bridge) {
        List<String> orderIds = new ArrayList<>();
        JsonArrayBuilder events = Json.createArrayBuilder();
        for (int i = 0; i < ORDERS; i++) {
            HttpCalls.Answer created = HttpCalls.post(sandbox.url("sandbox/api/salesforce/orders"), null,
                    Json.createObjectBuilder()
                            .add("account", Json.createObjectBuilder().add("name", "Crash Billing " + i)
                                    .add("billingAddress", Json.createObjectBuilder().add("street", "1 Main St")
                                            .add("city", "Springfield").add("postalCode", "62701").add("country", "US")))
                            .add("currency", "USD").add("effectiveDate", "2026-11-20").add("poNumber", "PO-" + i)
                            .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                    .add("productCode", "WID-100").add("quantity", 4).add("unitPrice", 25)
                                    .add("unitOfMeasure", "EA"))).build());
            assertEquals(201, created.status(), created.body());
            String orderId = created.json().getString("orderId");
            orderIds.add(orderId);
            events.add(TestOrders.order(orderId, created.json().getString("accountId"), 1));
        }
        HttpCalls.Answer accepted = HttpCalls.post(bridge.url("api/v1/order-events"), TestTokens.valid(),
                Json.createObjectBuilder().add("orders", events).build());
        assertEquals(202, accepted.status(), accepted.body());
        for (String orderId : orderIds) {
            Eventually.await(() -> {
                HttpCalls.Answer state = HttpCalls.get(bridge.url("api/v1/orders/" + orderId), TestTokens.valid());
                return state.status() == 200 ? state.json().getString("syncState") : "HTTP " + state.status();
            }, "SYNCED"::equals, WAIT, "order " + orderId + " synced");
        }
        return orderIds;
    }

    /** Invoices for the orders, each paid, changed from now on; answers how many documents. */
    private static int generateBilling(PayaraProcess sandbox, List<String> orders) {
        JsonArrayBuilder named = Json.createArrayBuilder();
        orders.forEach(named::add);
        HttpCalls.Answer answer = HttpCalls.send(HttpRequest.newBuilder(sandbox.url("sandbox/api/netsuite/billing"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("seed", 20261201)
                        .add("invoicesPerOrder", INVOICES_PER_ORDER).add("paidShare", 1.0).add("creditShare", 0.0)
                        .add("unlinkedInvoices", 0).add("orders", named)
                        .add("since", Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600).toString())
                        .build().toString())));
        assertEquals(200, answer.status(), answer.body());
        JsonArray documents = answer.json().getJsonArray("documents");
        assertEquals(2 * ORDERS * INVOICES_PER_ORDER, documents.size(), "an invoice and its payment each");
        return documents.size();
    }

    private static JsonObject execution(PayaraProcess bridge, long id) {
        HttpCalls.Answer answer = HttpCalls.send(HttpRequest.newBuilder(bridge.url("api/v1/admin/jobs/executions/" + id))
                .header("Authorization", AdminApi.operator()).GET());
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static HttpCalls.Answer post(PayaraProcess bridge, String path, String body) {
        return HttpCalls.send(HttpRequest.newBuilder(bridge.url(path)).header("Authorization", AdminApi.operator())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static void settings(PayaraProcess sandbox, String json) {
        HttpCalls.Answer answer = HttpCalls.send(HttpRequest.newBuilder(sandbox.url("sandbox/api/netsuite/settings"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        assertEquals(200, answer.status(), answer.body());
    }

    private static int records(PayaraProcess sandbox) {
        return count(sandbox, "Invoice__c") + count(sandbox, "Payment__c");
    }

    private static int count(PayaraProcess sandbox, String sObject) {
        return HttpCalls.get(sandbox.url("sandbox/api/salesforce/records/" + sObject + "?limit=0"), null).json()
                .getInt("count");
    }
}
