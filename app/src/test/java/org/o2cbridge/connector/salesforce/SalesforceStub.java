package org.o2cbridge.connector.salesforce;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for a Salesforce org on an ephemeral port: the JWT bearer token endpoint, which
 * checks every assertion with the connected app's public key ({@link AssertionCheck}), and
 * {@code PATCH /services/data/v62.0/composite/sobjects} under a separate instance URL, with the
 * session check, the 200-record limit and per-record {@code statusCode} errors of the real one.
 * Tests queue whole answers to play outages, and read back what the org now holds.
 */
final class SalesforceStub implements AutoCloseable {

    static final String CONSUMER_KEY = "o2c-test-connected-app";
    static final String USERNAME = "integration@o2c.test";
    static final String AUDIENCE = "https://test.salesforce.com";
    static final String INVALID_SESSION = "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]";

    /** A whole answer to give instead of the normal one. */
    record Answer(int status, String body, Map<String, String> headers) {
    }

    final AtomicInteger tokenRequests = new AtomicInteger();
    final AtomicInteger collectionCalls = new AtomicInteger();
    final List<Integer> recordsPerCall = new CopyOnWriteArrayList<>();
    final List<JsonObject> collectionRequests = new CopyOnWriteArrayList<>();
    final List<String> refusedAssertions = new CopyOnWriteArrayList<>();
    final Map<String, Map<String, JsonValue>> orders = new ConcurrentHashMap<>();
    final Map<String, String[]> recordErrors = new ConcurrentHashMap<>();
    final ConcurrentLinkedDeque<Answer> tokenAnswers = new ConcurrentLinkedDeque<>();
    final ConcurrentLinkedDeque<Answer> collectionAnswers = new ConcurrentLinkedDeque<>();
    volatile boolean refuseEverySession;
    volatile boolean holdCollectionAnswers;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch released = new CountDownLatch(1);
    private final Path privateKeyPem;
    private final AssertionCheck assertionCheck;
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile String validToken;

    SalesforceStub(Path keyDir) throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        privateKeyPem = keyDir.resolve("bridge-private.pem");
        Files.writeString(privateKeyPem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        assertionCheck = new AssertionCheck(keys.getPublic(), CONSUMER_KEY, USERNAME, AUDIENCE);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/services/oauth2/token", this::token);
        server.createContext("/instance/services/data/v62.0/composite/sobjects", this::collections);
        server.start();
    }

    /** Settings that reach this stub: its token endpoint, the real audience, its key. */
    SalesforceSettings settings(Duration readTimeout) {
        return new SalesforceSettings(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                AUDIENCE, CONSUMER_KEY, USERNAME, Optional.of(privateKeyPem), "62.0", Duration.ofSeconds(2), readTimeout);
    }

    /** Ends every session, as a timeout or an admin would: the next REST call answers 401. */
    void revokeSessions() {
        validToken = null;
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Answer queued = tokenAnswers.poll();
        if (queued != null) {
            answer(exchange, queued);
            return;
        }
        Optional<String> refusal = "urn:ietf:params:oauth:grant-type:jwt-bearer".equals(form.get("grant_type"))
                ? assertionCheck.refusal(form.get("assertion"), Instant.now()) : Optional.of("grant_type");
        if (refusal.isPresent()) {
            refusedAssertions.add(refusal.get());
            answer(exchange, new Answer(400, Json.createObjectBuilder().add("error", "invalid_grant")
                    .add("error_description", refusal.get()).build().toString(), Map.of()));
            return;
        }
        validToken = "00Dstub!AR" + issued.incrementAndGet();
        String instance = "http://127.0.0.1:" + server.getAddress().getPort() + "/instance";
        answer(exchange, new Answer(200, Json.createObjectBuilder().add("access_token", validToken)
                .add("instance_url", instance).add("token_type", "Bearer").add("scope", "api").build().toString(), Map.of()));
    }

    private void collections(HttpExchange exchange) throws IOException {
        collectionCalls.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String token = validToken;
        if (refuseEverySession || token == null
                || !("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, new Answer(401, INVALID_SESSION, Map.of()));
            return;
        }
        if (holdCollectionAnswers) {
            awaitRelease();
        }
        Answer queued = collectionAnswers.poll();
        if (queued != null) {
            answer(exchange, queued);
        } else if (!"PATCH".equals(exchange.getRequestMethod())) {
            answer(exchange, new Answer(405, "[{\"message\":\"HTTP Method not allowed\",\"errorCode\":\"METHOD_NOT_ALLOWED\"}]", Map.of()));
        } else {
            answer(exchange, update(readObject(body)));
        }
    }

    private Answer update(JsonObject request) {
        List<JsonValue> records = request.getJsonArray("records");
        if (records.size() > 200) {
            return new Answer(400, "[{\"message\":\"Number of records exceeded limit: 200\",\"errorCode\":\"EXCEEDED_ID_LIMIT\"}]", Map.of());
        }
        if (request.getBoolean("allOrNone", true)) {
            return new Answer(400, "[{\"message\":\"test expects allOrNone false\",\"errorCode\":\"INVALID_FIELD\"}]", Map.of());
        }
        collectionRequests.add(request);
        recordsPerCall.add(records.size());
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (JsonValue value : records) {
            results.add(save(value.asJsonObject()));
        }
        return new Answer(200, results.build().toString(), Map.of());
    }

    private JsonObject save(JsonObject record) {
        String id = record.getString("id");
        String[] error = recordErrors.get(id);
        if (!"Order".equals(record.getJsonObject("attributes").getString("type"))) {
            error = new String[] {"INVALID_TYPE", "attributes.type must be Order"};
        }
        if (error != null) {
            return Json.createObjectBuilder().add("success", false).add("errors", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("statusCode", error[0]).add("message", error[1])
                            .add("fields", Json.createArrayBuilder()))).build();
        }
        Map<String, JsonValue> fields = orders.computeIfAbsent(id, any -> new ConcurrentHashMap<>());
        record.forEach((name, value) -> {
            if (!name.equals("attributes") && !name.equals("id")) {
                fields.put(name, value);
            }
        });
        return Json.createObjectBuilder().add("id", id).add("success", true).add("errors", Json.createArrayBuilder()).build();
    }

    private void awaitRelease() {
        try {
            released.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static JsonObject readObject(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
