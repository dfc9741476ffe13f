package org.o2cbridge.sandbox.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the connection drop on Grizzly, the HTTP server under Payara Micro: the write is committed,
 * then the connection is closed, and a real HTTP client sees an I/O error instead of an answer.
 */
class ConnectionDropTest {

    private final List<String> committed = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private URI base;

    @BeforeEach
    void startServer() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = HttpServer.createSimpleServer(null, "127.0.0.1", port);
        server.getServerConfiguration().addHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws Exception {
                committed.add(request.getRequestURI());
                if (request.getRequestURI().endsWith("/lost")) {
                    response.setStatus(204);
                    if (!ConnectionDrop.drop(request)) {
                        response.setStatus(500);
                    }
                } else {
                    response.setStatus(204);
                }
            }
        }, "/");
        server.start();
        base = URI.create("http://127.0.0.1:" + port);
    }

    @AfterEach
    void stopServer() {
        server.shutdownNow();
    }

    private HttpResponse<String> put(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void clientSeesAnIoErrorWhileTheWriteIsCommitted() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        IOException error = assertThrows(IOException.class, () -> put(client, "/salesOrder/eid:801A/lost"));

        assertEquals(List.of("/salesOrder/eid:801A/lost"), committed);
        assertTrue(error.getMessage() == null || !error.getMessage().contains("timed out"), "not a timeout: " + error);
    }

    @Test
    void nextCallOnANewConnectionIsAnsweredNormally() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertThrows(IOException.class, () -> put(client, "/lost"));

        assertEquals(204, put(client, "/salesOrder/eid:801A").statusCode());
    }
}
