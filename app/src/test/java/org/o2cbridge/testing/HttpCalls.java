package org.o2cbridge.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls to the bridge and the sandbox, as any client would make them. */
public final class HttpCalls {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private HttpCalls() {
    }

    /** An answer: its status, content type and body. */
    public record Answer(int status, String contentType, String body) {

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    public static Answer post(URI uri, String bearer, String json) {
        return send(request(uri, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Answer post(URI uri, String bearer, JsonStructure json) {
        return post(uri, bearer, json.toString());
    }

    /**
     * Posts with {@code Expect: 100-continue}, so a server that refuses the request from its headers
     * (e.g. 413 for a declared length over its limit) can answer before the body is sent.
     */
    public static Answer postExpectingContinue(URI uri, String bearer, String json) {
        return send(request(uri, bearer).header("Content-Type", "application/json").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Answer get(URI uri, String bearer) {
        return send(request(uri, bearer).GET());
    }

    private static HttpRequest.Builder request(URI uri, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    public static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
