package org.o2cbridge.sandbox.salesforce.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.ContractSchema;
import org.o2cbridge.sandbox.TestKeys;
import org.o2cbridge.sandbox.platform.PemKeyFile;
import org.o2cbridge.sandbox.salesforce.IdSequence;
import org.o2cbridge.sandbox.salesforce.data.SObjectRecord;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

class OrderActivationTest {

    private static final int MAX_ATTEMPTS = 5;

    private final KeyPair orgKeys = TestKeys.rsa();
    private final SalesforceOrg org = new SalesforceOrg(Clock.systemUTC(), IdSequence.startingNow());
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private FakeBridge bridge;

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        if (bridge != null) {
            bridge.close();
        }
    }

    private OrderActivationService activations(URI bridgeUrl, Supplier<RSAPrivateKey> key) {
        CalloutJwt jwt = new CalloutJwt(key, "o2c-salesforce-org", "integration@o2c.sandbox", "o2c-bridge", Clock.systemUTC());
        OrderEventCallout callout = new OrderEventCallout(jwt::mint, Duration.ofSeconds(1), Duration.ofSeconds(2));
        RetryPolicy policy = new RetryPolicy(MAX_ATTEMPTS, Duration.ofMillis(5), 2);
        OrderEventDelivery delivery = new OrderEventDelivery(org, callout::post, scheduler, policy);
        return new OrderActivationService(org, delivery, Optional.of(bridgeUrl), MAX_ATTEMPTS);
    }

    private OrderActivationService activationsWithBridge(Integer... answers) throws Exception {
        bridge = new FakeBridge(answers);
        return activations(bridge.uri(), () -> (RSAPrivateKey) orgKeys.getPrivate());
    }

    private String draftOrder() {
        return new OrderSetupService(org).createDraftOrder(OrderFixtures.acmeOrder()).orderId();
    }

    private SObjectRecord order(String id) {
        return org.find(SObjectType.ORDER, id).orElseThrow();
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    @Test
    void activatingADraftOrderPostsOneContractConformingEventAndLeavesTheOrderPending() throws Exception {
        OrderActivationService activations = activationsWithBridge(202);
        String orderId = draftOrder();

        ActivationResult result = activations.activate(orderId, URI.create("http://unused"));

        assertEquals(202, result.callout().orElseThrow().httpStatus());
        assertEquals(1, bridge.received().size());
        FakeBridge.Received event = bridge.received().get(0);
        assertEquals("/api/v1/order-events", event.path());
        assertEquals("", ContractSchema.violations(event.body()));
        JsonObject sent = Json.createReader(new StringReader(event.body())).readObject().getJsonArray("orders").getJsonObject(0);
        assertEquals(orderId, sent.getString("sfOrderId"));
        assertEquals(OrderEventPayload.idempotencyKey(order(orderId)), sent.getString("idempotencyKey"));
        assertEquals("Activated", order(orderId).text("Status"));
        assertEquals("Pending", order(orderId).text("ERP_Sync_Status__c"));
    }

    @Test
    void theCalloutCarriesAnRs256JwtSignedWithTheOrgKey() throws Exception {
        OrderActivationService activations = activationsWithBridge(202);
        activations.activate(draftOrder(), URI.create("http://unused"));

        String authorization = bridge.received().get(0).authorization();
        assertTrue(authorization.startsWith("Bearer "), authorization);
        SignedJWT jwt = SignedJWT.parse(authorization.substring("Bearer ".length()));
        assertTrue(jwt.verify(new RSASSAVerifier((RSAPublicKey) orgKeys.getPublic())));
        assertEquals("RS256", jwt.getHeader().getAlgorithm().getName());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals("o2c-salesforce-org", claims.getIssuer());
        assertEquals("integration@o2c.sandbox", claims.getSubject());
        assertEquals(List.of("o2c-bridge"), claims.getAudience());
        assertEquals(300_000, claims.getExpirationTime().getTime() - claims.getIssueTime().getTime());
        assertFalse(claims.getJWTID().isBlank());
    }

    @Test
    void activatingWithoutDeliveryActivatesTheOrderAndSendsNoEvent() throws Exception {
        OrderActivationService activations = activationsWithBridge(202);
        String orderId = draftOrder();

        ActivationResult result = activations.activate(orderId, URI.create("http://unused"), false);

        assertTrue(result.callout().isEmpty());
        assertEquals("Activated", order(orderId).text("Status"));
        assertEquals("Pending", order(orderId).text("ERP_Sync_Status__c"));
        LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        assertEquals(0, bridge.received().size());
    }

    @Test
    void activatingAnAlreadyActivatedOrderSendsNothingAndChangesNothing() throws Exception {
        OrderActivationService activations = activationsWithBridge(202);
        String orderId = draftOrder();
        activations.activate(orderId, URI.create("http://unused"));
        var activatedAt = order(orderId).lastModifiedDate();

        ActivationResult again = activations.activate(orderId, URI.create("http://unused"));

        assertTrue(again.callout().isEmpty());
        assertEquals(1, bridge.received().size());
        assertEquals(activatedAt, order(orderId).lastModifiedDate());
    }

    @Test
    void anUnavailableBridgeIsTriedFiveTimesWithTheSameKeyThenTheOrderIsMarkedFailed() throws Exception {
        OrderActivationService activations = activationsWithBridge(503);
        String orderId = draftOrder();

        ActivationResult first = activations.activate(orderId, URI.create("http://unused"));

        assertEquals(503, first.callout().orElseThrow().httpStatus());
        assertTrue(first.retryScheduled());
        await("the order is marked Failed", () -> "Failed".equals(order(orderId).text("ERP_Sync_Status__c")));
        assertEquals(MAX_ATTEMPTS, bridge.received().size());
        assertEquals(1, bridge.received().stream().map(FakeBridge.Received::body).distinct().count());
        String error = order(orderId).text("ERP_Sync_Error__c");
        assertTrue(error.contains("after 5 attempts") && error.contains("HTTP 503"), error);
    }

    @Test
    void aBridgeThatRecoversGetsTheEventOnARetryAndTheOrderStaysPending() throws Exception {
        OrderActivationService activations = activationsWithBridge(503, 202);
        String orderId = draftOrder();

        activations.activate(orderId, URI.create("http://unused"));

        await("the retry is delivered", () -> bridge.received().size() == 2);
        scheduler.shutdown();
        assertTrue(scheduler.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(2, bridge.received().size());
        assertEquals("Pending", order(orderId).text("ERP_Sync_Status__c"));
    }

    @Test
    void aRefusedEventIsNotRetriedAndTheOrderShowsTheProblemDetail() throws Exception {
        OrderActivationService activations = activationsWithBridge(400);
        String orderId = draftOrder();

        ActivationResult result = activations.activate(orderId, URI.create("http://unused"));

        assertFalse(result.retryScheduled());
        assertEquals("Failed", result.erpSyncStatus());
        assertEquals("HTTP 400: currency XYZ is unknown", order(orderId).text("ERP_Sync_Error__c"));
        assertEquals(1, bridge.received().size());
    }

    @Test
    void anUnreachableBridgeIsReportedAndRetried() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OrderActivationService activations = activations(URI.create("http://127.0.0.1:" + closedPort),
                () -> (RSAPrivateKey) orgKeys.getPrivate());
        String orderId = draftOrder();

        ActivationResult result = activations.activate(orderId, URI.create("http://unused"));

        assertTrue(result.callout().orElseThrow().error().contains("ConnectException"), result.toJson().toString());
        assertTrue(result.retryScheduled());
        await("the order is marked Failed", () -> "Failed".equals(order(orderId).text("ERP_Sync_Status__c")));
    }

    @Test
    void aMissingOrgKeyFailsTheOrderWithAClearReasonInsteadOfCrashing() {
        PemKeyFile unset = new PemKeyFile("o2c.sandbox.salesforce.org-private-key", Optional.empty());
        OrderActivationService activations = activations(URI.create("http://127.0.0.1:9"), unset::privateKey);
        String orderId = draftOrder();

        ActivationResult result = activations.activate(orderId, URI.create("http://unused"));

        assertFalse(result.retryScheduled());
        assertEquals("Failed", order(orderId).text("ERP_Sync_Status__c"));
        assertTrue(order(orderId).text("ERP_Sync_Error__c").contains("o2c.sandbox.salesforce.org-private-key"));
    }

    @Test
    void withoutAConfiguredUrlTheBridgeIsCalledOnTheServerTheRequestCameTo() {
        OrderActivationService activations = new OrderActivationService(org, null, Optional.empty(), MAX_ATTEMPTS);
        assertEquals(URI.create("http://localhost:8080/api/v1/order-events"),
                activations.orderEventsUri(URI.create("http://localhost:8080")));
    }
}
