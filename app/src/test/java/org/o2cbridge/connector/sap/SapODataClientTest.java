package org.o2cbridge.connector.sap;

import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.connector.sap.SapStub.Reply;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The SAP client against a scripted server: the OAuth token is requested once and kept for its
 * lifetime, renewed once on a 401; a write carries the CSRF token with its session cookies, and a
 * write refused for its CSRF token fetches a new one and is sent once more.
 */
class SapODataClientTest {

    private final SapStub sap;
    private Instant now = Instant.parse("2026-11-20T09:00:00Z");
    private final Clock clock = new Clock() {
        public ZoneId getZone() { return ZoneOffset.UTC; }
        public Clock withZone(ZoneId zone) { return this; }
        public Instant instant() { return now; }
    };

    SapODataClientTest() throws IOException {
        sap = new SapStub();
    }

    @AfterEach
    void stop() {
        sap.close();
    }

    private SapODataClient client() {
        SapSettings settings = sap.settings(Duration.ofSeconds(5));
        return new SapODataClient(settings, new SapHttp(settings, ExternalCallMonitor.unmetered(clock)), clock);
    }

    @Test
    void theTokenIsRequestedOnceAndKeptForItsLifetimeLessAMargin() {
        sap.script("GET /so/SalesOrder", Reply.of(200, "{\"value\":[]}"));
        SapODataClient client = client();

        client.get(sap.service("/so/"), "SalesOrder?$top=1", "lookup");
        client.get(sap.service("/so/"), "SalesOrder?$top=1", "lookup");
        now = now.plusSeconds(3600 - 61);
        client.get(sap.service("/so/"), "SalesOrder?$top=1", "lookup");
        now = now.plusSeconds(2);
        client.get(sap.service("/so/"), "SalesOrder?$top=1", "lookup");

        assertEquals(2, sap.tokens, "one token for its lifetime less 60 s, then a new one");
        assertEquals("Bearer token-2", sap.seen.get(sap.seen.size() - 1).authorization());
    }

    @Test
    void aRefusedTokenIsRenewedOnce() {
        sap.script("GET /so/SalesOrder", Reply.of(401, ""), Reply.of(200, "{\"value\":[]}"));

        client().get(sap.service("/so/"), "SalesOrder?$top=1", "lookup");

        assertEquals(2, sap.tokens);
        assertEquals(2, sap.calls("GET", "/so/SalesOrder").size());
    }

    @Test
    void aWriteCarriesTheCsrfTokenWithItsCookiesAndFetchesANewOneOnceWhenRefused() {
        sap.script("GET /so/",
                Reply.of(200, Map.of("x-csrf-token", List.of("T1"), "Set-Cookie",
                        List.of("SAP_SESSIONID_X_100=s1; path=/; HttpOnly", "sap-XSRF_X_100=T1; path=/")), "{}"),
                Reply.of(200, Map.of("x-csrf-token", List.of("T2"), "Set-Cookie",
                        List.of("SAP_SESSIONID_X_100=s2; path=/")), "{}"));
        sap.script("POST /so/SalesOrder",
                Reply.of(403, Map.of("x-csrf-token", List.of("Required")), "CSRF token validation failed"),
                Reply.of(201, Map.of("sap-message", List.of("{\"code\":\"V1/311\",\"message\":\"saved\",\"severity\":\"success\"}")),
                        "{\"SalesOrder\":\"4000001\"}"));

        SapODataClient.Answer answer = client().post(sap.service("/so/"), "SalesOrder", Json.createObjectBuilder().build(), "create");

        assertEquals("4000001", answer.body().getString("SalesOrder"));
        assertEquals(List.of("success V1/311: saved"), answer.notices());
        List<SapStub.Seen> posts = sap.calls("POST", "/so/SalesOrder");
        assertEquals(2, posts.size(), "the refused write and the one sent again");
        assertEquals("T1", posts.get(0).csrf());
        assertEquals("SAP_SESSIONID_X_100=s1; sap-XSRF_X_100=T1", posts.get(0).cookie());
        assertEquals("T2", posts.get(1).csrf());
        assertEquals("SAP_SESSIONID_X_100=s2", posts.get(1).cookie());
        assertEquals("Fetch", sap.calls("GET", "/so/").get(0).csrf());
    }
}
