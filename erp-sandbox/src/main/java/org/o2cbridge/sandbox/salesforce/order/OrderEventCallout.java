package org.o2cbridge.sandbox.salesforce.order;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Sends one order-event batch to the bridge over HTTP, as the package's Queueable does through its
 * Named Credential: a JSON POST with a freshly minted bearer JWT, bounded by connect and read
 * timeouts. Every outcome, including a refused connection or a timeout, becomes a
 * {@link CalloutResult}; nothing is thrown.
 */
public final class OrderEventCallout {

    private static final int MAX_BODY_CHARS = 2000;

    private final HttpClient http;
    private final Supplier<String> bearerToken;
    private final Duration readTimeout;

    public OrderEventCallout(Supplier<String> bearerToken, Duration connectTimeout, Duration readTimeout) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.bearerToken = bearerToken;
        this.readTimeout = readTimeout;
    }

    public CalloutResult post(URI target, String body) {
        String token;
        try {
            token = bearerToken.get();
        } catch (RuntimeException e) {
            return CalloutResult.unanswered(CalloutResult.UNSENDABLE + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return CalloutResult.answered(response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            return CalloutResult.unanswered(e.getClass().getSimpleName() + " calling " + target
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CalloutResult.unanswered("interrupted calling " + target);
        }
    }

    private static JsonValue parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.NULL;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonException e) {
            String text = body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) : body;
            return Json.createValue(text);
        }
    }
}
