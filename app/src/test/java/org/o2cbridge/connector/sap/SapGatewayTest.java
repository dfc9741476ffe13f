package org.o2cbridge.connector.sap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.ErpReference;
import org.o2cbridge.connector.ErpSalesOrder;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.connector.sap.SapStub.Reply;
import org.o2cbridge.mapping.MappingService;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SAP has no upsert, so the gateway guards every create by its key: it looks the order up first,
 * and a create that got no answer is looked up again before anything else; found, it is the
 * answer, not found, the next attempt must wait for SAP to finish. Never a second create.
 */
class SapGatewayTest {

    private static final String ORDER_ID = "801Sb00000ABCDEFGH";
    private static final String NONE = "{\"value\":[]}";
    private static final String IN_SALES_AREA = "{\"d\":{\"results\":[{\"Customer\":\"10100001\"}]}}";
    private static final String FOUND = "{\"value\":[{\"SalesOrder\":\"4000001\",\"OverallSDProcessStatus\":\"A\"}]}";

    /**
     * Ample for the stub's prompt answers on a loaded machine; the create whose answer is lost is
     * held back until the test ends, so it times out however long this is.
     */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);

    private final SapStub sap;
    private final SapGateway gateway;

    SapGatewayTest() throws IOException {
        sap = new SapStub();
        Clock clock = Clock.systemUTC();
        gateway = new SapGateway(sap.settings(CALL_TIMEOUT), new MappingService() {
            @Override
            public Optional<String> lookup(String targetSystem, String mapType, String sourceValue) {
                return Optional.empty();
            }
        }, clock, ExternalCallMonitor.unmetered(clock));
        sap.script("GET /so/", Reply.of(200, Map.of("x-csrf-token", List.of("T1")), "{}"));
        sap.script("GET /bp/", Reply.of(200, Map.of("x-csrf-token", List.of("T2")), "{}"));
        sap.script("GET /bp/A_CustomerSalesArea", Reply.of(200, IN_SALES_AREA));
    }

    @AfterEach
    void stop() {
        sap.close();
    }

    private static ErpSalesOrder order() {
        return new ErpSalesOrder(ORDER_ID, "001Sb00000ABCDEFGH", "00001234", LocalDate.of(2026, 11, 20), null, "EUR", "PO-1",
                "DE01", null, null, List.of(new ErpSalesOrder.Line("802A", "WID-100", new BigDecimal("3"), "EA")));
    }

    /** The create's answer, held back until the stub closes: the gateway times out waiting for it. */
    private static Reply noAnswerInTime() {
        return Reply.heldBack(201, "{\"SalesOrder\":\"4000001\"}");
    }

    @Test
    void aCreateWhoseAnswerIsLostIsFoundByItsKeyAndNotSentAgain() {
        sap.script("GET /so/SalesOrder", Reply.of(200, NONE), Reply.of(200, FOUND));
        sap.script("POST /so/SalesOrder", noAnswerInTime());

        ErpReference created = gateway.upsertSalesOrder(order(), ErpReference.of("10100001"));

        assertEquals("4000001", created.number());
        assertEquals("Open", created.status());
        assertTrue(created.notices().get(0).contains("answer was lost"), created.notices().toString());
        assertEquals(1, sap.calls("POST", "/so/SalesOrder").size());
        assertTrue(sap.calls("GET", "/so/SalesOrder").get(0).path().contains(
                "$filter=PurchaseOrderByCustomer%20eq%20%27" + ORDER_ID + "%27"), sap.seen.toString());
    }

    @Test
    void aCreateWithNoAnswerThatSapDoesNotShowYetIsRetriedOnlyAfterTheInDoubtWait() {
        sap.script("GET /so/SalesOrder", Reply.of(200, NONE));
        sap.script("POST /so/SalesOrder", noAnswerInTime());

        RetryableCallException failure = assertThrows(RetryableCallException.class,
                () -> gateway.upsertSalesOrder(order(), ErpReference.of("10100001")));

        assertEquals(Optional.of(Duration.ofSeconds(7)), failure.retryAfter());
        assertEquals(1, sap.calls("POST", "/so/SalesOrder").size());
        assertEquals(2, sap.calls("GET", "/so/SalesOrder").size(), "looked up before the create and after it");
    }

    @Test
    void aCreateAnsweredWithoutTheDocumentIsReadBackByItsKey() {
        sap.script("GET /so/SalesOrder", Reply.of(200, NONE), Reply.of(200, FOUND));
        sap.script("POST /so/SalesOrder", Reply.of(204, ""));

        ErpReference created = gateway.upsertSalesOrder(order(), ErpReference.of("10100001"));

        assertEquals("4000001", created.number());
        assertEquals(1, sap.calls("POST", "/so/SalesOrder").size());
    }

    @Test
    void aKnownCustomerIsExtendedToTheOrdersSalesAreaOnceBeforeItsFirstOrderThere() {
        sap.script("GET /bp/A_CustomerSalesArea", Reply.of(200, "{\"d\":{\"results\":[]}}"));
        sap.script("POST /bp/A_CustomerSalesArea", Reply.of(201, "{\"d\":{}}"));
        sap.script("GET /so/SalesOrder", Reply.of(200, NONE));
        sap.script("POST /so/SalesOrder", Reply.of(201, "{\"SalesOrder\":\"4000001\"}"));

        gateway.upsertSalesOrder(order(), ErpReference.of("10100001"));
        gateway.upsertSalesOrder(order(), ErpReference.of("10100001"));

        List<SapStub.Seen> lookups = sap.calls("GET", "/bp/A_CustomerSalesArea");
        assertEquals(1, lookups.size(), "looked up once, then known");
        assertTrue(lookups.get(0).path().contains("Customer%20eq%20%2710100001%27%20and%20DistributionChannel%20eq%20%2710%27"
                + "%20and%20Division%20eq%20%2700%27%20and%20SalesOrganization%20eq%20%271010%27"), lookups.get(0).path());
        List<SapStub.Seen> extensions = sap.calls("POST", "/bp/A_CustomerSalesArea");
        assertEquals(1, extensions.size());
        assertTrue(extensions.get(0).body().contains("\"SalesOrganization\":\"1010\""), extensions.get(0).body());
        assertEquals(2, sap.calls("POST", "/so/SalesOrder").size());
    }

    @Test
    void anOrderSapAlreadyHasIsAnsweredAsItStandsWithoutACreate() {
        sap.script("GET /so/SalesOrder", Reply.of(200, FOUND));

        ErpReference found = gateway.upsertSalesOrder(order(), ErpReference.of("10100001"));

        assertEquals("4000001", found.internalId());
        assertEquals(0, sap.calls("POST", "/so/SalesOrder").size());
    }

    @Test
    void aThrottledCreateIsRetryableWithSapsRetryAfterAndNotLookedUpAgain() {
        sap.script("GET /so/SalesOrder", Reply.of(200, NONE));
        sap.script("POST /so/SalesOrder", Reply.of(429, Map.of("Retry-After", List.of("3")),
                "{\"error\":{\"code\":\"/IWFND/CM_BEC/026\",\"message\":\"Too many requests\"}}"));

        RetryableCallException failure = assertThrows(RetryableCallException.class,
                () -> gateway.upsertSalesOrder(order(), ErpReference.of("10100001")));

        assertEquals(Optional.of(Duration.ofSeconds(3)), failure.retryAfter());
        assertEquals(1, sap.calls("GET", "/so/SalesOrder").size(), "no call before Retry-After");
    }
}
