package org.o2cbridge.connector.netsuite;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A NetSuite account on a local port, for the adapter's tests: it checks each request's TBA
 * signature (a bad one gets NetSuite's 401), records what it received, and answers each
 * {@code METHOD recordPath} as scripted — a status with headers and body, a dropped connection,
 * or no answer until the stub closes. Unscripted calls get NetSuite's 404.
 */
final class NetSuiteStub implements AutoCloseable {

    static final String RECORD_PATH = "/sandbox/netsuite/services/rest/record/v1/";
    static final String NOT_FOUND = error(404, "Not Found", "NONEXISTENT_ID",
            "The record instance does not exist. Provide a valid record instance ID.");
    static final String INVALID_LOGIN = error(401, "Unauthorized", "INVALID_LOGIN", "Invalid login attempt. For more "
            + "details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.");

    /** A received request; {@code signed} says whether its TBA signature checked out. */
    record Request(String method, URI uri, String body, boolean signed, Map<String, String> headers) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A scripted answer. */
    record Reply(int status, Map<String, String> headers, String body, boolean drop, boolean hang) {

        static Reply of(int status, Map<String, String> headers, String body) {
            return new Reply(status, headers, body, false, false);
        }

        static Reply dropConnection() {
            return new Reply(0, Map.of(), null, true, false);
        }

        static Reply noAnswer() {
            return new Reply(0, Map.of(), null, false, true);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final TbaSignatureCheck signatureCheck;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    NetSuiteStub(TbaSignatureCheck signatureCheck) throws IOException {
        this.signatureCheck = signatureCheck;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to configure, like the sandbox's {@code http://localhost:8080/sandbox/netsuite}. */
    String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort() + "/sandbox/netsuite";
    }

    /**
     * Scripts the answer to {@code method} on a record path such as {@code customer/eid:001…}, or on
     * another path in full (SuiteQL's); {@code path?offset=N} scripts a later page of that path.
     */
    void on(String method, String recordPath, Reply reply) {
        replies.put(method + " " + recordPath, reply);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    static String error(int status, String title, String code, String detail) {
        return "{\"type\":\"https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"o:errorDetails\":[{\"detail\":\"" + detail + "\",\"o:errorCode\":\"" + code + "\"}]}";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean signed = verify(exchange, method, uri);
        Map<String, String> headers = new java.util.HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
                values.get(0)));
        requests.add(new Request(method, uri, body, signed, Map.copyOf(headers)));
        String path = uri.getPath().startsWith(RECORD_PATH) ? uri.getPath().substring(RECORD_PATH.length()) : uri.getPath();
        String offset = uri.getQuery() == null ? null : java.util.Arrays.stream(uri.getQuery().split("&"))
                .filter(p -> p.startsWith("offset=") && !p.equals("offset=0")).findFirst().orElse(null);
        Reply scripted = offset == null ? null : replies.get(method + " " + path + "?" + offset);
        Reply reply = !signed ? Reply.of(401, Map.of(), INVALID_LOGIN)
                : scripted != null ? scripted : replies.getOrDefault(method + " " + path, Reply.of(404, Map.of(), NOT_FOUND));
        if (reply.drop()) {
            throw new IllegalStateException("connection dropped on purpose");
        }
        if (reply.hang()) {
            awaitClosing();
            reply = Reply.of(204, Map.of(), null);
        }
        send(exchange, reply);
    }

    private boolean verify(HttpExchange exchange, String method, URI uri) {
        try {
            String host = "http://" + exchange.getRequestHeaders().getFirst("Host");
            return signatureCheck.accepts(method, host, uri, exchange.getRequestHeaders().getFirst("Authorization"));
        } catch (Exception e) {
            return false;
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (reply.body() == null) {
            exchange.sendResponseHeaders(reply.status(), -1);
        } else {
            exchange.getResponseHeaders().add("Content-Type", reply.body().startsWith("{") ? "application/json" : "text/html");
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    private void awaitClosing() {
        try {
            closing.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
