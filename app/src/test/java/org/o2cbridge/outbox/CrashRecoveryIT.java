package org.o2cbridge.outbox;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.o2cbridge.testing.BridgeSettings;
import org.o2cbridge.testing.Eventually;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.IntegrationDatabaseCondition;
import org.o2cbridge.testing.PayaraProcess;
import org.o2cbridge.testing.TestDatabase;
import org.o2cbridge.testing.TestIds;
import org.o2cbridge.testing.TestKeys;
import org.o2cbridge.testing.TestOrders;
import org.o2cbridge.testing.TestTokens;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bridge is killed with {@code kill -9} while orders are in flight to NetSuite, then started
 * again on the same database: every order ends synced, exactly once. Bridge and sandbox run as
 * processes of their own here, so that the sandbox (NetSuite's memory) survives the kill.
 */
@ExtendWith(IntegrationDatabaseCondition.class)
class CrashRecoveryIT {

    private static final int ORDERS = 40;

    @Test
    void bridgeKilledWhileOrdersAreInFlightSyncsEveryOrderExactlyOnceAfterRestart() {
        Path work = Path.of(System.getProperty("o2c.it.work-dir"), System.getProperty("o2c.it.db"), "crash");
        TestKeys keys = TestKeys.get();
        TestDatabase database = TestDatabase.another(work);
        int sandboxPort = PayaraProcess.freePort();
        Properties sandboxSettings = new Properties();
        sandboxSettings.setProperty("o2c.sandbox.salesforce.org-private-key", keys.orgPrivateKey().toString());
        sandboxSettings.setProperty("o2c.sandbox.salesforce.connected-app-public-key", keys.bridgePublicKey().toString());
        try (PayaraProcess sandbox = PayaraProcess.start("sandbox", work, sandboxPort,
                List.of(Path.of(System.getProperty("o2c.it.sandbox-war"))), sandboxSettings, "sandbox/api/netsuite/stats")) {
            putJson(sandbox, "sandbox/api/netsuite/settings", "{\"concurrencyLimit\":5,\"latencyMillis\":250}");
            Properties bridgeSettings = bridgeSettings(database, keys, "http://localhost:" + sandboxPort);
            int bridgePort = PayaraProcess.freePort();
            List<String> orderIds = new ArrayList<>();

            PayaraProcess bridge = PayaraProcess.start("bridge", work, bridgePort, List.of(Path.of("target/ROOT.war")),
                    bridgeSettings, "health/ready");
            try {
                for (int batch = 0; batch < ORDERS / 10; batch++) {
                    orderIds.addAll(postOrders(bridge, 10));
                }
                Eventually.await(() -> salesOrdersIn(sandbox), n -> n >= 6, Duration.ofSeconds(60),
                        "some orders in NetSuite");
                bridge.kill();
            } finally {
                bridge.close();
            }
            int atKill = salesOrdersIn(sandbox);
            assertTrue(atKill < ORDERS, "orders were still in flight when the bridge was killed: " + atKill);

            try (PayaraProcess restarted = PayaraProcess.start("bridge-restarted", work, bridgePort,
                    List.of(Path.of("target/ROOT.war")), bridgeSettings, "health/ready")) {
                for (String orderId : orderIds) {
                    Eventually.await(() -> stateOf(restarted, orderId), "SYNCED"::equals, Duration.ofSeconds(120),
                            "order " + orderId + " synced after the restart");
                }
            }
            JsonObject created = HttpCalls.get(sandbox.url("sandbox/api/netsuite/stats"), null).json()
                    .getJsonObject("recordsCreatedByExternalId");
            for (String orderId : orderIds) {
                assertEquals(1, created.getInt(orderId, 0), "sales orders created for " + orderId);
            }
            assertEquals(ORDERS, salesOrdersIn(sandbox));
        } finally {
            database.close();
        }
    }

    private static Properties bridgeSettings(TestDatabase database, TestKeys keys, String sandbox) {
        Properties settings = BridgeSettings.of(database, keys, sandbox);
        settings.setProperty("o2c.outbox.lease-seconds", "5");
        settings.setProperty("o2c.governance.permit-lease-seconds", "5");
        return settings;
    }

    private static List<String> postOrders(PayaraProcess bridge, int count) {
        List<String> ids = new ArrayList<>();
        JsonArrayBuilder orders = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            String orderId = TestIds.order();
            ids.add(orderId);
            orders.add(TestOrders.order(orderId, TestIds.account(), 2));
        }
        HttpCalls.Answer answer = HttpCalls.post(bridge.url("api/v1/order-events"), TestTokens.valid(),
                Json.createObjectBuilder().add("orders", orders).build());
        assertEquals(202, answer.status(), answer.body());
        assertEquals(count, answer.json().getInt("accepted"));
        return ids;
    }

    private static int salesOrdersIn(PayaraProcess sandbox) {
        return HttpCalls.get(sandbox.url("sandbox/api/netsuite/records/salesOrder"), null).json().getInt("count");
    }

    private static String stateOf(PayaraProcess bridge, String orderId) {
        HttpCalls.Answer answer = HttpCalls.get(bridge.url("api/v1/orders/" + orderId), TestTokens.valid());
        return answer.status() == 200 ? answer.json().getString("syncState") : "HTTP " + answer.status();
    }

    private static void putJson(PayaraProcess server, String path, String json) {
        HttpCalls.Answer answer = HttpCalls.send(HttpRequest.newBuilder(server.url(path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        assertTrue(answer.status() < 300, answer.body());
    }

}
