package org.o2cbridge.connector.netsuite;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.ErpReference;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o2cbridge.connector.netsuite.NetSuiteGatewayTest.ACCOUNT;
import static org.o2cbridge.connector.netsuite.NetSuiteGatewayTest.CREDENTIALS;
import static org.o2cbridge.connector.netsuite.NetSuiteGatewayTest.ORDER;
import static org.o2cbridge.connector.netsuite.NetSuiteStub.Reply;

/** Each way NetSuite fails becomes the port's retryable or rejected failure, with NetSuite's own words. */
class NetSuiteGatewayFailureTest {

    private static final String SALES_ORDER = "salesOrder/eid:" + ORDER;
    private static final ErpReference CUSTOMER = ErpReference.of("647");

    private final NetSuiteStub netsuite = NetSuiteGatewayFixture.stub();
    private final NetSuiteGateway gateway = NetSuiteGatewayFixture.gateway(netsuite, CREDENTIALS, Duration.ofSeconds(5));

    @AfterEach
    void stopNetSuite() {
        netsuite.close();
    }

    @Test
    void unknownItemIsRejectedWithNetSuitesMessageAndCode() {
        netsuite.on("PUT", SALES_ORDER, Reply.of(400, Map.of(), NetSuiteStub.error(400, "Bad Request", "INVALID_CONTENT",
                "Error while accessing resource: You have entered an Invalid Field Value WID-999 for the following field: item")));

        RejectedCallException e = assertThrows(RejectedCallException.class, this::upsertOrder);

        assertEquals(400, e.httpStatus());
        assertEquals("INVALID_CONTENT", e.code());
        assertEquals("netsuite", e.system());
        assertEquals("INVALID_CONTENT: Error while accessing resource: You have entered an Invalid Field Value WID-999 "
                + "for the following field: item", e.getMessage());
    }

    @Test
    void invalidLoginIsRejectedWithNetSuitesMessage() {
        netsuite.on("PUT", SALES_ORDER, Reply.of(401, Map.of(), NetSuiteStub.INVALID_LOGIN));

        RejectedCallException e = assertThrows(RejectedCallException.class, this::upsertOrder);

        assertEquals(401, e.httpStatus(), e.getMessage());
        assertEquals("INVALID_LOGIN", e.code(), e.getMessage());
        assertTrue(e.getMessage().contains("NetSuite refused the login"), e.getMessage());
    }

    @Test
    void aReadRefusedAtLoginIsTriedAgainLater() {
        netsuite.on("GET", SALES_ORDER, Reply.of(401, Map.of(), NetSuiteStub.INVALID_LOGIN));

        RetryableCallException e = assertThrows(RetryableCallException.class, () -> gateway.findSalesOrder(ORDER));

        assertEquals(401, e.httpStatus());
        assertEquals("INVALID_LOGIN", e.code());
    }

    @Test
    void aWrongTokenSecretFailsNetSuitesSignatureCheckAndIsRejected() {
        TokenCredentials wrong = new TokenCredentials(CREDENTIALS.realm(), CREDENTIALS.consumerKey(), CREDENTIALS.consumerSecret(),
                CREDENTIALS.tokenId(), "not-the-token-secret");
        NetSuiteGateway wronglySigned = NetSuiteGatewayFixture.gateway(netsuite, wrong, Duration.ofSeconds(5));

        RejectedCallException e = assertThrows(RejectedCallException.class, () -> wronglySigned.upsertSalesOrder(
                NetSuiteGatewayFixture.threeLineOrder(ORDER, ACCOUNT), CUSTOMER));

        assertEquals(401, e.httpStatus());
        assertFalse(netsuite.requests().get(0).signed());
        assertFalse(e.getMessage().contains("not-the-token-secret"));
    }

    @Test
    void throttlingIsRetryableNoSoonerThanRetryAfterSeconds() {
        netsuite.on("PUT", SALES_ORDER, Reply.of(429, Map.of("Retry-After", "7"), NetSuiteStub.error(429, "Too Many Requests",
                "SSS_REQUEST_LIMIT_EXCEEDED", "Request limit exceeded. Try again later.")));

        RetryableCallException e = assertThrows(RetryableCallException.class, this::upsertOrder);

        assertEquals(429, e.httpStatus());
        assertEquals("SSS_REQUEST_LIMIT_EXCEEDED", e.code());
        assertEquals(Optional.of(Duration.ofSeconds(7)), e.retryAfter());
        assertEquals(1, netsuite.requests().size(), "no retry inside the adapter");
    }

    @Test
    void requestLimitCodeOnA400IsRetryableAndAnHttpDateRetryAfterIsRead() {
        String inThirtySeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                NetSuiteGatewayTest.CLOCK.instant().plusSeconds(30).atZone(ZoneOffset.UTC));
        netsuite.on("GET", SALES_ORDER, Reply.of(400, Map.of("Retry-After", inThirtySeconds), NetSuiteStub.error(400,
                "Bad Request", "SSS_REQUEST_LIMIT_EXCEEDED", "Request limit exceeded.")));

        RetryableCallException e = assertThrows(RetryableCallException.class, () -> gateway.findSalesOrder(ORDER));

        assertEquals(400, e.httpStatus());
        assertEquals(Optional.of(Duration.ofSeconds(30)), e.retryAfter());
    }

    @Test
    void serviceUnavailableIsRetryableEvenWithoutAJsonBody() {
        netsuite.on("PUT", SALES_ORDER, Reply.of(503, Map.of(), "<html><body>Service Unavailable</body></html>"));

        RetryableCallException e = assertThrows(RetryableCallException.class, this::upsertOrder);

        assertEquals(503, e.httpStatus());
        assertEquals(Optional.empty(), e.retryAfter());
        assertEquals("NetSuite answered 503 Service Unavailable", e.getMessage());
    }

    @Test
    void droppedConnectionIsRetryableWithoutStatus() {
        netsuite.on("PUT", SALES_ORDER, Reply.dropConnection());

        RetryableCallException e = assertThrows(RetryableCallException.class, this::upsertOrder);

        assertNull(e.httpStatus());
        assertTrue(e.getMessage().startsWith("Connection to NetSuite lost"), e.getMessage());
    }

    @Test
    void noAnswerWithinTheReadTimeoutIsRetryableWithoutStatus() {
        NetSuiteGateway impatient = NetSuiteGatewayFixture.gateway(netsuite, CREDENTIALS, Duration.ofMillis(300));
        netsuite.on("GET", SALES_ORDER, Reply.noAnswer());

        RetryableCallException e = assertThrows(RetryableCallException.class, () -> impatient.findSalesOrder(ORDER));

        assertNull(e.httpStatus());
        assertTrue(e.getMessage().startsWith("NetSuite did not answer in time"), e.getMessage());
    }

    @Test
    void unconfiguredNetSuiteIsRejectedNamingTheMissingKeysWithoutCallingOut() {
        TokenCredentials partial = new TokenCredentials("1234567", "consumer-key-1", "consumer-secret-value", null, null);
        NetSuiteGateway unconfigured = NetSuiteGatewayFixture.gateway(new NetSuiteSettings(netsuite.baseUrl(), partial,
                Duration.ofSeconds(5), Duration.ofSeconds(60), 83, 5, null, java.time.ZoneId.of("UTC")));

        RejectedCallException e = assertThrows(RejectedCallException.class,
                () -> unconfigured.upsertCustomer(new ErpCustomer(ACCOUNT, "Acme", null, null, "USD", null)));

        assertEquals("NetSuite is not configured: set o2c.netsuite.token-id, o2c.netsuite.token-secret", e.getMessage());
        assertEquals("NOT_CONFIGURED", e.code());
        assertEquals(0, netsuite.requests().size());
    }

    @Test
    void settingsNeverShowTheirSecrets() {
        NetSuiteSettings settings = new NetSuiteSettings(netsuite.baseUrl(), CREDENTIALS, Duration.ofSeconds(5),
                Duration.ofSeconds(60), 83, 5, null, java.time.ZoneId.of("UTC"));

        assertFalse(settings.toString().contains(CREDENTIALS.consumerSecret()));
        assertFalse(settings.toString().contains(CREDENTIALS.tokenSecret()));
    }

    private ErpReference upsertOrder() {
        return gateway.upsertSalesOrder(NetSuiteGatewayFixture.threeLineOrder(ORDER, ACCOUNT), CUSTOMER);
    }
}
