package org.o2cbridge.connector.sap;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.ExternalCallMonitor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The SAP client against a scripted server: the OAuth token is requested once and kept for its
 * lifetime, renewed once on a 401; a write carries the CSRF token with its session cookies, and a
 * write refused for its CSRF token fetches a new one and is sent once more.
 */
class SapODataClientTest {

    /** A received request: method, path with query, and the headers the test looks at. */
    record Seen(String method, String path, String csrf, String cookie, String authorization) {
    }

    record Reply(int status, Map<String, List<String>> headers, String body) {
    }

    private final HttpServer server;
    private final Map<String, Deque<Reply>> script = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private Instant now = Instant.parse("2026-11-20T09:00:00Z");
    private final Clock clock = new Clock() {
        public ZoneId getZone() { return ZoneOffset.UTC; }
        public Clock withZone(ZoneId zone) { return this; }
        public Instant instant() { return now; }
    };
    private int tokens;

    SapODataClientTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            exchange.getRequestBody().readAllBytes();
            seen.add(new Seen(exchange.getRequestMethod(), path + (query == null ? "" : "?" + query),
                    exchange.getRequestHeaders().getFirst("x-csrf-token"), exchange.getRequestHeaders().getFirst("Cookie"),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            Reply reply;
            if (path.equals("/token")) {
                tokens++;
                reply = new Reply(200, Map.of(), "{\"access_token\":\"token-" + tokens + "\",\"token_type\":\"bearer\",\"expires_in\":3600}");
            } else {
                Deque<Reply> replies = script.getOrDefault(exchange.getRequestMethod() + " " + path, new ArrayDeque<>());
                reply = replies.size() > 1 ? replies.poll() : replies.isEmpty() ? new Reply(404, Map.of(), "") : replies.peek();
            }
            reply.headers().forEach((name, values) -> values.forEach(v -> exchange.getResponseHeaders().add(name, v)));
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private SapODataClient client() {
        String base = "http://localhost:" + server.getAddress().getPort();
        SapSettings settings = new SapSettings(base, base + "/token", "client", "secret", Duration.ofSeconds(2),
                Duration.ofSeconds(5), "/so/", "/bp/", "OR", null, "FLCU01", "1010", "10", "00", Duration.ofSeconds(1));
        return new SapODataClient(settings, new SapHttp(settings, ExternalCallMonitor.unmetered(clock)), clock);
    }

    private URI service() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/so/");
    }

    private void script(String call, Reply... replies) {
        script.put(call, new ArrayDeque<>(List.of(replies)));
    }

    private long count(String method, String path) {
        return seen.stream().filter(s -> s.method().equals(method) && s.path().startsWith(path)).count();
    }

    @Test
    void theTokenIsRequestedOnceAndKeptForItsLifetimeLessAMargin() {
        script("GET /so/SalesOrder", new Reply(200, Map.of(), "{\"value\":[]}"));
        SapODataClient client = client();

        client.get(service(), "SalesOrder?$top=1", "lookup");
        client.get(service(), "SalesOrder?$top=1", "lookup");
        now = now.plusSeconds(3600 - 61);
        client.get(service(), "SalesOrder?$top=1", "lookup");
        now = now.plusSeconds(2);
        client.get(service(), "SalesOrder?$top=1", "lookup");

        assertEquals(2, tokens, "one token for its lifetime less 60 s, then a new one");
        assertEquals("Bearer token-2", seen.get(seen.size() - 1).authorization());
    }

    @Test
    void aRefusedTokenIsRenewedOnce() {
        script("GET /so/SalesOrder", new Reply(401, Map.of(), ""), new Reply(200, Map.of(), "{\"value\":[]}"));

        client().get(service(), "SalesOrder?$top=1", "lookup");

        assertEquals(2, tokens);
        assertEquals(2, count("GET", "/so/SalesOrder"));
    }

    @Test
    void aWriteCarriesTheCsrfTokenWithItsCookiesAndFetchesANewOneOnceWhenRefused() {
        script("GET /so/",
                new Reply(200, Map.of("x-csrf-token", List.of("T1"), "Set-Cookie",
                        List.of("SAP_SESSIONID_X_100=s1; path=/; HttpOnly", "sap-XSRF_X_100=T1; path=/")), "{}"),
                new Reply(200, Map.of("x-csrf-token", List.of("T2"), "Set-Cookie",
                        List.of("SAP_SESSIONID_X_100=s2; path=/")), "{}"));
        script("POST /so/SalesOrder",
                new Reply(403, Map.of("x-csrf-token", List.of("Required")), "CSRF token validation failed"),
                new Reply(201, Map.of("sap-message", List.of("{\"code\":\"V1/311\",\"message\":\"saved\",\"severity\":\"success\"}")),
                        "{\"SalesOrder\":\"4000001\"}"));

        SapODataClient.Answer answer = client().post(service(), "SalesOrder", Json.createObjectBuilder().build(), "create");

        assertEquals("4000001", answer.body().getString("SalesOrder"));
        assertEquals(List.of("success V1/311: saved"), answer.notices());
        List<Seen> posts = seen.stream().filter(s -> s.method().equals("POST") && s.path().equals("/so/SalesOrder")).toList();
        assertEquals(2, posts.size(), "the refused write and the one sent again");
        assertEquals("T1", posts.get(0).csrf());
        assertEquals("SAP_SESSIONID_X_100=s1; sap-XSRF_X_100=T1", posts.get(0).cookie());
        assertEquals("T2", posts.get(1).csrf());
        assertEquals("SAP_SESSIONID_X_100=s2", posts.get(1).cookie());
        assertEquals("Fetch", seen.stream().filter(s -> s.path().equals("/so/")).findFirst().orElseThrow().csrf());
    }
}
