package org.o2cbridge.connector.salesforce;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.ExternalCallMonitor;
import org.o2cbridge.customer.AccountPage;
import org.o2cbridge.customer.AccountSource;
import org.o2cbridge.customer.QueryJobGoneException;
import org.o2cbridge.customer.SalesforceAccount;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Accounts query against a local Bulk API 2.0 stand-in: the query job is created with the
 * account SOQL and polled until complete; results are read a CSV page at a time following
 * {@code Sforce-Locator} until the literal {@code null}, empty cells as nulls; a job Salesforce no
 * longer has is said so; a refused session is renewed once.
 */
class SalesforceAccountGatewayTest {

    private static final String BASE = "/instance/services/data/v62.0/jobs/query";
    private static final String HEADER = "\"Id\",\"Name\",\"BillingStreet\",\"BillingCity\",\"BillingState\","
            + "\"BillingPostalCode\",\"BillingCountry\",\"ShippingStreet\",\"ShippingCity\",\"ShippingState\","
            + "\"ShippingPostalCode\",\"ShippingCountry\"\n";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger polls = new AtomicInteger();
    private final AtomicInteger renewals = new AtomicInteger();
    private volatile String validToken = "token-1";
    private HttpServer server;
    private SalesforceAccountGateway gateway;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(BASE, this::answer);
        server.start();
        String instance = "http://127.0.0.1:" + server.getAddress().getPort() + "/instance";
        Clock clock = Clock.systemUTC();
        SalesforceRest rest = new SalesforceRest();
        rest.settings = new SalesforceSettings(URI.create(instance), "aud", "key", "user", Optional.empty(), "62.0",
                Duration.ofSeconds(2), Duration.ofSeconds(5));
        rest.http = new SalesforceHttp(Duration.ofSeconds(2), Duration.ofSeconds(5), ExternalCallMonitor.unmetered(clock));
        rest.clock = clock;
        rest.maxPollInterval = Duration.ofMillis(100);
        rest.maxWait = Duration.ofSeconds(10);
        rest.tokens = new SalesforceTokenService() {
            private volatile SalesforceSession current = new SalesforceSession("token-1", instance);

            @Override
            public SalesforceSession session() {
                return current;
            }

            @Override
            public synchronized SalesforceSession renew(SalesforceSession stale) {
                renewals.incrementAndGet();
                current = new SalesforceSession(validToken, instance);
                return current;
            }
        };
        SalesforceBulkQuery query = new SalesforceBulkQuery();
        query.rest = rest;
        gateway = new SalesforceAccountGateway();
        gateway.bulk = query;
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(BASE.length());
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query));
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!("Bearer " + validToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]", null);
        } else if (path.isEmpty()) {
            send(exchange, 200, "{\"id\":\"750Q1\",\"operation\":\"query\",\"state\":\"UploadComplete\"}", null);
        } else if (path.equals("/750Q1")) {
            send(exchange, 200, polls.incrementAndGet() < 3 ? "{\"id\":\"750Q1\",\"state\":\"InProgress\"}"
                    : "{\"id\":\"750Q1\",\"state\":\"JobComplete\",\"numberRecordsProcessed\":3}", null);
        } else if (path.equals("/750Q1/results") && query.equals("maxRecords=2")) {
            send(exchange, 200, HEADER
                    + "\"001A1\",\"Acme, Inc.\",\"100 Market St\nSuite 4\",\"San Francisco\",\"CA\",\"94105\",\"US\",,,,,\n"
                    + "\"001A2\",\"\u2003\",,,,,,\"1 Rue X\",\"Paris\",,\"75001\",\"FR\"\n", "Mg");
        } else if (path.equals("/750Q1/results") && query.equals("maxRecords=2&locator=Mg")) {
            send(exchange, 200, HEADER + "\"001A3\",\"Globex\",,,,,,,,,,\n", "null");
        } else {
            send(exchange, 404, "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"}]", null);
        }
    }

    private static void send(HttpExchange exchange, int status, String body, String locator) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", locator == null ? "application/json" : "text/csv");
        if (locator != null) {
            exchange.getResponseHeaders().add("Sforce-Locator", locator);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void createsTheAccountQueryJobAndWaitsUntilSalesforceHasRunIt() {
        AccountSource.QueryJob job = gateway.query();

        assertEquals(new AccountSource.QueryJob("750Q1", 3), job);
        assertEquals("POST ", requests.get(0));
        assertTrue(bodies.get(0).contains("\"operation\":\"query\""), bodies.get(0));
        assertTrue(bodies.get(0).contains(SalesforceAccountGateway.SOQL), bodies.get(0));
        assertEquals(List.of("GET /750Q1", "GET /750Q1", "GET /750Q1"), requests.subList(1, requests.size()));
    }

    @Test
    void readsThePagesFollowingTheLocatorUntilItIsNull() {
        List<SalesforceAccount> accounts = new ArrayList<>();
        String locator = null;
        do {
            try (AccountPage page = gateway.page("750Q1", locator, 2)) {
                page.forEachRemaining(accounts::add);
                locator = page.nextLocator();
            }
        } while (locator != null);

        assertEquals(List.of("GET /750Q1/results?maxRecords=2", "GET /750Q1/results?maxRecords=2&locator=Mg"), requests);
        assertEquals(List.of("001A1", "001A2", "001A3"), accounts.stream().map(SalesforceAccount::id).toList());
        SalesforceAccount acme = accounts.get(0);
        assertEquals("Acme, Inc.", acme.name());
        assertEquals(new SalesforceAccount.Address("100 Market St\nSuite 4", "San Francisco", "CA", "94105", "US"), acme.billing());
        assertTrue(acme.shipping().isEmpty(), "empty cells are fields Salesforce left empty");
        assertEquals("\u2003", accounts.get(1).name());
        assertEquals(new SalesforceAccount.Address("1 Rue X", "Paris", null, "75001", "FR"), accounts.get(1).shipping());
        assertNull(accounts.get(2).billing().street());
    }

    @Test
    void aJobSalesforceNoLongerHasIsSaidSo() {
        QueryJobGoneException gone = assertThrows(QueryJobGoneException.class, () -> gateway.page("750GONE", null, 2));
        assertTrue(gone.getMessage().contains("750GONE"), gone.getMessage());
        assertThrows(QueryJobGoneException.class, () -> gateway.job("750GONE"));
    }

    @Test
    void aRunThatGoesOnAsksTheJobsRecordCountAgain() {
        polls.set(5);
        assertEquals(new AccountSource.QueryJob("750Q1", 3), gateway.job("750Q1"));
        assertEquals(List.of("GET /750Q1"), requests);
    }

    @Test
    void aRefusedSessionIsRenewedOnceAndThePageRead() {
        validToken = "token-2";
        try (AccountPage page = gateway.page("750Q1", "Mg", 2)) {
            assertEquals("001A3", page.next().id());
            assertFalse(page.hasNext());
            assertNull(page.nextLocator());
        }
        assertEquals(1, renewals.get());
        assertEquals(2, requests.size());
    }
}
