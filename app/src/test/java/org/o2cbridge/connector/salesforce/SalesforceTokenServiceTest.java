package org.o2cbridge.connector.salesforce;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bridge signs in to Salesforce with the JWT bearer flow and keeps the session it gets. */
class SalesforceTokenServiceTest {

    @TempDir
    Path keys;

    private SalesforceStub salesforce;

    @BeforeEach
    void startSalesforce() throws Exception {
        salesforce = new SalesforceStub(keys);
    }

    @AfterEach
    void stopSalesforce() {
        salesforce.close();
    }

    private SalesforceTokenService tokens(SalesforceSettings settings) {
        return new SalesforceTokenService(settings, new SalesforceHttp(settings), Clock.systemUTC());
    }

    @Test
    void assertionSignedWithTheConfiguredKeyGetsASessionOnTheInstanceUrl() {
        SalesforceSession session = tokens(salesforce.settings(Duration.ofSeconds(5))).session();

        assertEquals(List.of(), salesforce.refusedAssertions, "assertion checks the stub failed");
        assertTrue(session.accessToken().startsWith("00Dstub!"));
        assertTrue(session.instanceUrl().endsWith("/instance"), session.instanceUrl());
        assertFalse(session.toString().contains(session.accessToken()), "the token must not show in logs");
    }

    @Test
    void sessionIsKeptUntilSalesforceRefusesIt() {
        SalesforceTokenService tokens = tokens(salesforce.settings(Duration.ofSeconds(5)));

        SalesforceSession first = tokens.session();
        assertSame(first, tokens.session());
        SalesforceSession renewed = tokens.renew(first);
        assertSame(renewed, tokens.renew(first), "a second caller with the same stale session shares the renewal");

        assertNotSame(first, renewed);
        assertEquals(2, salesforce.tokenRequests.get());
    }

    @Test
    void invalidGrantIsRejectedWithSalesforcesDescription() {
        salesforce.tokenAnswers.add(new SalesforceStub.Answer(400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"user hasn't approved this consumer\"}", Map.of()));

        RejectedCallException e = assertThrows(RejectedCallException.class,
                () -> tokens(salesforce.settings(Duration.ofSeconds(5))).session());

        assertEquals("invalid_grant", e.code());
        assertEquals(400, e.httpStatus());
        assertTrue(e.getMessage().contains("user hasn't approved this consumer"), e.getMessage());
    }

    @Test
    void wrongAudienceIsRefusedBySalesforceAndRejected() {
        SalesforceSettings right = salesforce.settings(Duration.ofSeconds(5));
        SalesforceSettings wrong = new SalesforceSettings(right.loginUrl(), right.loginUrl().toString(),
                right.consumerKey(), right.username(), right.privateKey(), right.apiVersion(),
                right.connectTimeout(), right.readTimeout());

        RejectedCallException e = assertThrows(RejectedCallException.class, () -> tokens(wrong).session());

        assertTrue(e.getMessage().contains("aud"), e.getMessage());
    }

    @Test
    void tokenEndpointOutageIsRetryableAndKeepsRetryAfter() {
        salesforce.tokenAnswers.add(new SalesforceStub.Answer(503, "", Map.of("Retry-After", "20")));

        RetryableCallException e = assertThrows(RetryableCallException.class,
                () -> tokens(salesforce.settings(Duration.ofSeconds(5))).session());

        assertEquals(503, e.httpStatus());
        assertEquals(Optional.of(Duration.ofSeconds(20)), e.retryAfter());
    }

    @Test
    void unreachableTokenEndpointIsRetryable() {
        SalesforceSettings settings = salesforce.settings(Duration.ofSeconds(5));
        salesforce.close();

        RetryableCallException e = assertThrows(RetryableCallException.class, () -> tokens(settings).session());

        assertEquals(null, e.httpStatus());
    }

    @Test
    void missingKeyFileIsRejectedNamingTheSettingAndSendsNothing() {
        SalesforceSettings right = salesforce.settings(Duration.ofSeconds(5));
        SalesforceSettings noKey = new SalesforceSettings(right.loginUrl(), right.audience(), right.consumerKey(),
                right.username(), Optional.of(keys.resolve("absent.pem")), right.apiVersion(),
                right.connectTimeout(), right.readTimeout());

        RejectedCallException e = assertThrows(RejectedCallException.class, () -> tokens(noKey).session());

        assertTrue(e.getMessage().contains("o2c.salesforce.private-key"), e.getMessage());
        assertEquals(0, salesforce.tokenRequests.get());
    }
}
