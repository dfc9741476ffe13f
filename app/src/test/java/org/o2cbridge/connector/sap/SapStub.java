package org.o2cbridge.connector.sap;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An SAP system on a local port for the adapter's tests: its token endpoint ({@code /token})
 * issues {@code token-1}, {@code token-2}, … valid for an hour; every other call is answered as
 * scripted per {@code METHOD path} — replies in turn, the last one repeated — or 404. A reply may
 * be delayed, or held back until the stub closes ({@link Reply#heldBack}) to make the client time
 * out whatever its timeout and however slow the machine. It records what it received.
 */
final class SapStub implements AutoCloseable {

    /** A received request: method, path with query, the headers the tests look at, and the body. */
    record Seen(String method, String path, String csrf, String cookie, String authorization, String body) {
    }

    record Reply(int status, Map<String, List<String>> headers, String body, Duration delay) {

        static Reply of(int status, String body) {
            return new Reply(status, Map.of(), body, Duration.ZERO);
        }

        static Reply of(int status, Map<String, List<String>> headers, String body) {
            return new Reply(status, headers, body, Duration.ZERO);
        }

        /** A reply sent only when the stub closes: the client has timed out long before. */
        static Reply heldBack(int status, String body) {
            return new Reply(status, Map.of(), body, HELD_BACK);
        }
    }

    private static final Duration HELD_BACK = Duration.ofMinutes(10);

    private final HttpServer server;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Map<String, Deque<Reply>> script = new ConcurrentHashMap<>();
    final List<Seen> seen = new CopyOnWriteArrayList<>();
    volatile int tokens;

    SapStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(new Seen(exchange.getRequestMethod(), path + (query == null ? "" : "?" + query),
                    exchange.getRequestHeaders().getFirst("x-csrf-token"), exchange.getRequestHeaders().getFirst("Cookie"),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            Reply reply;
            if (path.equals("/token")) {
                tokens++;
                reply = Reply.of(200, "{\"access_token\":\"token-" + tokens + "\",\"token_type\":\"bearer\",\"expires_in\":3600}");
            } else {
                Deque<Reply> replies = script.getOrDefault(exchange.getRequestMethod() + " " + path, new ArrayDeque<>());
                synchronized (replies) {
                    reply = replies.size() > 1 ? replies.poll() : replies.isEmpty() ? Reply.of(404, "") : replies.peek();
                }
            }
            try {
                closing.await(reply.delay().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                reply.headers().forEach((name, values) -> values.forEach(v -> exchange.getResponseHeaders().add(name, v)));
                byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    exchange.getResponseBody().write(bytes);
                }
            } catch (IOException clientGone) {
                // the client gave up waiting
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    void script(String call, Reply... replies) {
        script.put(call, new ArrayDeque<>(List.of(replies)));
    }

    String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    URI service(String path) {
        return URI.create(baseUrl() + path);
    }

    SapSettings settings(Duration readTimeout) {
        return new SapSettings(baseUrl(), baseUrl() + "/token", "client", "secret", Duration.ofSeconds(2), readTimeout,
                "/so/", "/bp/", "OR", null, "FLCU01", "1010", "10", "00", Duration.ofSeconds(7), 3, java.time.ZoneId.of("UTC"));
    }

    List<Seen> calls(String method, String pathPrefix) {
        return seen.stream().filter(s -> s.method().equals(method) && s.path().startsWith(pathPrefix)).toList();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
