package org.o2cbridge.connector.salesforce;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ERP numbers and sync outcomes reach the Salesforce orders, 200 a call, whatever Salesforce answers. */
class SalesforceGatewayTest {

    private static final String LIMIT_EXCEEDED =
            "[{\"message\":\"TotalRequests Limit exceeded.\",\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\"}]";

    @TempDir
    Path keys;

    private SalesforceStub salesforce;
    private SalesforceGateway gateway;

    @BeforeEach
    void startSalesforce() throws Exception {
        salesforce = new SalesforceStub(keys);
        gateway = gateway(Duration.ofSeconds(5));
    }

    @AfterEach
    void stopSalesforce() {
        salesforce.close();
    }

    private SalesforceGateway gateway(Duration readTimeout) {
        SalesforceSettings settings = salesforce.settings(readTimeout);
        SalesforceHttp http = new SalesforceHttp(settings);
        return new SalesforceGateway(settings, new SalesforceTokenService(settings, http, Clock.systemUTC()),
                http, Clock.systemUTC());
    }

    private static String orderId(int n) {
        return String.format("801Sb00000%08dAA", n);
    }

    private String field(String orderId, String name) {
        JsonValue value = salesforce.orders.get(orderId).get(name);
        return value instanceof JsonString text ? text.getString() : null;
    }

    @Test
    void syncedOrderShowsTheErpNumberStatusAndSynced() {
        List<WriteBackResult> results = gateway.writeBack(List.of(OrderWriteBack.synced(orderId(1), "SO-1001", "Pending Fulfillment")));

        assertEquals(List.of(new WriteBackResult(orderId(1), true, null, null)), results);
        assertEquals("SO-1001", field(orderId(1), "ERP_Order_Number__c"));
        assertEquals("Pending Fulfillment", field(orderId(1), "ERP_Status__c"));
        assertEquals("Synced", field(orderId(1), "ERP_Sync_Status__c"));
        assertEquals(JsonValue.NULL, salesforce.orders.get(orderId(1)).get("ERP_Sync_Error__c"), "a success clears the error");
    }

    @Test
    void severalWriteBacksShareOneToken() {
        for (int n = 1; n <= 3; n++) {
            gateway.writeBack(List.of(OrderWriteBack.synced(orderId(n), "SO-" + n, "Billed")));
        }

        assertEquals(1, salesforce.tokenRequests.get());
        assertEquals(3, salesforce.orders.size());
    }

    @Test
    void refusedSessionIsRenewedOnceAndTheWriteBackRepeated() {
        gateway.writeBack(List.of(OrderWriteBack.synced(orderId(1), "SO-1", "Billed")));
        salesforce.revokeSessions();

        List<WriteBackResult> results = gateway.writeBack(List.of(OrderWriteBack.synced(orderId(2), "SO-2", "Billed")));

        assertTrue(results.get(0).success());
        assertEquals("SO-2", field(orderId(2), "ERP_Order_Number__c"));
        assertEquals(2, salesforce.tokenRequests.get());
        assertEquals(3, salesforce.collectionCalls.get(), "first write-back, the refused call, its repeat");
    }

    @Test
    void sessionRefusedAgainAfterRenewalIsRetryableWithoutFurtherRenewals() {
        salesforce.refuseEverySession = true;

        RetryableCallException e = assertThrows(RetryableCallException.class,
                () -> gateway.writeBack(List.of(OrderWriteBack.synced(orderId(1), "SO-1", "Billed"))));

        assertEquals(401, e.httpStatus());
        assertEquals(2, salesforce.tokenRequests.get());
        assertEquals(2, salesforce.collectionCalls.get());
    }

    @Test
    void concurrentWriteBacksRefusedTogetherShareOneRenewal() throws Exception {
        gateway.writeBack(List.of(OrderWriteBack.synced(orderId(0), "SO-0", "Billed")));
        salesforce.revokeSessions();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<WriteBackResult>>> calls = new ArrayList<>();
            for (int n = 1; n <= 8; n++) {
                OrderWriteBack writeBack = OrderWriteBack.synced(orderId(n), "SO-" + n, "Billed");
                calls.add(callers.submit(() -> gateway.writeBack(List.of(writeBack))));
            }
            for (Future<List<WriteBackResult>> call : calls) {
                assertTrue(call.get(20, TimeUnit.SECONDS).get(0).success());
            }
        } finally {
            callers.shutdownNow();
        }

        assertEquals(9, salesforce.orders.size());
        assertEquals(2, salesforce.tokenRequests.get(), "the first sign-in and one renewal");
    }

    @Test
    void twoHundredFiftyWriteBacksGoOutAsCallsOf200And50WithResultsInOrder() {
        List<OrderWriteBack> batch = IntStream.range(0, 250)
                .mapToObj(n -> OrderWriteBack.synced(orderId(n), "SO-" + n, "Billed")).toList();

        List<WriteBackResult> results = gateway.writeBack(batch);

        assertEquals(List.of(200, 50), salesforce.recordsPerCall);
        assertEquals(batch.stream().map(OrderWriteBack::sfOrderId).toList(),
                results.stream().map(WriteBackResult::sfOrderId).toList());
        assertTrue(results.stream().allMatch(WriteBackResult::success));
        assertEquals("SO-249", field(orderId(249), "ERP_Order_Number__c"));
    }

    @Test
    void ordersSalesforceRefusesComeBackFailedWithTheirStatusCodeAndMessage() {
        salesforce.recordErrors.put(orderId(2), new String[] {"ENTITY_IS_DELETED", "entity is deleted"});

        List<WriteBackResult> results = gateway.writeBack(List.of(
                OrderWriteBack.synced(orderId(1), "SO-1", "Billed"),
                OrderWriteBack.synced(orderId(2), "SO-2", "Billed"),
                OrderWriteBack.synced(orderId(3), "SO-3", "Billed")));

        assertEquals(List.of(
                new WriteBackResult(orderId(1), true, null, null),
                new WriteBackResult(orderId(2), false, "ENTITY_IS_DELETED", "entity is deleted"),
                new WriteBackResult(orderId(3), true, null, null)), results);
        assertEquals("SO-3", field(orderId(3), "ERP_Order_Number__c"), "the others are saved");
    }

    @Test
    void failedSyncCarriesItsReasonCutTo255CharactersAndKeepsTheErpNumber() {
        gateway.writeBack(List.of(OrderWriteBack.synced(orderId(1), "SO-1", "Pending Approval")));

        gateway.writeBack(List.of(OrderWriteBack.failed(orderId(1), "Unknown item WID-999. " + "x".repeat(400))));

        assertEquals("Failed", field(orderId(1), "ERP_Sync_Status__c"));
        assertEquals(255, field(orderId(1), "ERP_Sync_Error__c").length());
        assertTrue(field(orderId(1), "ERP_Sync_Error__c").startsWith("Unknown item WID-999."));
        assertEquals("SO-1", field(orderId(1), "ERP_Order_Number__c"));
        JsonObject sent = salesforce.collectionRequests.get(1).getJsonArray("records").getJsonObject(0);
        assertEquals("Order", sent.getJsonObject("attributes").getString("type"));
    }

    @Test
    void requestLimitExceededIsRetryable() {
        salesforce.collectionAnswers.add(new SalesforceStub.Answer(403, LIMIT_EXCEEDED, Map.of()));

        RetryableCallException e = assertThrows(RetryableCallException.class,
                () -> gateway.writeBack(List.of(OrderWriteBack.synced(orderId(1), "SO-1", "Billed"))));

        assertEquals("REQUEST_LIMIT_EXCEEDED", e.code());
        assertTrue(e.getMessage().contains("TotalRequests Limit exceeded."), e.getMessage());
    }

    @Test
    void unavailableSalesforceIsRetryableNoSoonerThanRetryAfter() {
        salesforce.collectionAnswers.add(new SalesforceStub.Answer(503, "", Map.of("Retry-After", "30")));

        RetryableCallException e = assertThrows(RetryableCallException.class,
                () -> gateway.writeBack(List.of(OrderWriteBack.synced(orderId(1), "SO-1", "Billed"))));

        assertEquals(503, e.httpStatus());
        assertEquals(Optional.of(Duration.ofSeconds(30)), e.retryAfter());
    }

    @Test
    void malformedRequestIsRejectedWithSalesforcesMessages() {
        salesforce.collectionAnswers.add(new SalesforceStub.Answer(400,
                "[{\"message\":\"No such column 'ERP_Status__c' on sobject of type Order\",\"errorCode\":\"INVALID_FIELD\"}]",
                Map.of()));

        RejectedCallException e = assertThrows(RejectedCallException.class,
                () -> gateway.writeBack(List.of(OrderWriteBack.synced(orderId(1), "SO-1", "Billed"))));

        assertEquals("INVALID_FIELD", e.code());
        assertTrue(e.getMessage().contains("No such column 'ERP_Status__c' on sobject of type Order"), e.getMessage());
    }

    @Test
    void unansweredWriteBackIsRetryableWithinTheReadTimeout() {
        SalesforceGateway impatient = gateway(Duration.ofMillis(300));
        salesforce.holdCollectionAnswers = true;

        RetryableCallException e = assertThrows(RetryableCallException.class,
                () -> impatient.writeBack(List.of(OrderWriteBack.synced(orderId(1), "SO-1", "Billed"))));

        assertEquals("TIMEOUT", e.code());
        assertEquals(null, e.httpStatus());
    }
}
