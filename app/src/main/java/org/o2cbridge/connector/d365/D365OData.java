package org.o2cbridge.connector.d365;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.o2cbridge.connector.ODataBatch;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.governance.CallPermits;
import org.o2cbridge.governance.PermitUnavailableException;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.o2cbridge.connector.d365.D365Gateway.SYSTEM;

/**
 * The F&O OData service as the adapter uses it: reads, creates, updates and {@code $batch}, each
 * one HTTP call that carries the cached Entra ID token and holds a request of the bridge's budget
 * from before it is sent until it has ended (so D365 never has to answer 429 for the user-based
 * limit). A 401 drops the token and
 * repeats the call once with a new one. Error answers become the port's failures
 * ({@link D365Failures}); a spent budget is a retryable failure carrying the wait as Retry-After.
 */
class D365OData {

    /** Takes one request of the budget for one call. */
    @FunctionalInterface
    interface BudgetGate {
        Ticket take() throws InterruptedException;
    }

    /** A request of the budget: refused (how long until one is free), or taken until the call ends. */
    interface Ticket extends AutoCloseable {
        Optional<Duration> refusedFor();

        /** The call has ended (answered or not). */
        @Override
        void close();
    }

    private static final Ticket NO_BUDGET = new Ticket() {
        @Override
        public Optional<Duration> refusedFor() {
            return Optional.empty();
        }

        @Override
        public void close() {
        }
    };

    private final D365Settings settings;
    private final D365Transport transport;
    private final EntraTokenService tokens;
    private final BudgetGate budget;

    private final CallPermits permits;

    D365OData(D365Settings settings, D365Transport transport, EntraTokenService tokens, BudgetGate budget,
              CallPermits permits) {
        this.permits = permits;
        this.settings = settings;
        this.transport = transport;
        this.tokens = tokens;
        this.budget = budget;
    }

    /** GET of an entity or a query; empty on 404. */
    Optional<JsonObject> get(String path, String what) {
        HttpResponse<String> response = send(() -> HttpRequest.newBuilder(uri(path)).GET(), what);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(json(ok(response, what).body()));
    }

    JsonObject post(String entitySet, JsonObject body, String what) {
        return json(ok(send(() -> HttpRequest.newBuilder(uri(entitySet)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), what), what).body());
    }

    /** PATCH of the entity at {@code keyPath}; false when there is none (404). */
    boolean patch(String keyPath, JsonObject changes, String what) {
        HttpResponse<String> response = send(() -> HttpRequest.newBuilder(uri(keyPath))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(changes.toString())), what);
        if (response.statusCode() == 404) {
            return false;
        }
        ok(response, what);
        return true;
    }

    /** Sends the batch (one HTTP call) and answers each operation's answer, in order. */
    List<ODataBatch.Answer> batch(ODataBatch batch, String what) {
        return batchParts(batch, what).stream().flatMap(List::stream).toList();
    }

    /**
     * Sends the batch (one HTTP call) and answers the answers of each of its parts, in order: a
     * change set's operations, or the one error part of a change set F&O refused as a whole.
     */
    List<List<ODataBatch.Answer>> batchParts(ODataBatch batch, String what) {
        String body = batch.body();
        HttpResponse<String> response = ok(send(() -> HttpRequest.newBuilder(uri("$batch"))
                .header("Content-Type", batch.contentType()).header("OData-Version", "4.0")
                .POST(HttpRequest.BodyPublishers.ofString(body)), what), what);
        try {
            List<List<ODataBatch.Answer>> answers = ODataBatch.readParts(
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
            if (answers.size() != batch.size()) {
                throw new IllegalArgumentException(answers.size() + " answered parts for " + batch.size() + " sent");
            }
            return answers;
        } catch (IllegalArgumentException e) {
            throw new RetryableCallException(SYSTEM, response.statusCode(), "UNREADABLE_BATCH",
                    "D365 " + what + ": the batch answer could not be read (" + e.getMessage() + ")", null, e);
        }
    }

    private HttpResponse<String> send(java.util.function.Supplier<HttpRequest.Builder> request, String what) {
        for (int attempt = 1; ; attempt++) {
            String token = tokens.token();
            HttpResponse<String> response;
            try (Ticket ticket = takeBudget()) {
                response = permits.call(SYSTEM, () -> transport.send(request.get()
                        .header("Authorization", "Bearer " + token).header("Accept", "application/json"), what));
            } catch (PermitUnavailableException e) {
                throw RetryableCallException.heldBack(SYSTEM, "NO_PERMIT", e.getMessage(), null, e);
            }
            if (response.statusCode() != 401 || attempt == 2) {
                return response;
            }
            tokens.invalidate(token);
        }
    }

    /** A request of the budget, taken; a spent budget is a retryable failure carrying the wait. */
    private Ticket takeBudget() {
        if (!settings.budget().enabled()) {
            return NO_BUDGET;
        }
        Ticket ticket;
        try {
            ticket = budget.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RetryableCallException.heldBack(SYSTEM, "INTERRUPTED", "Interrupted waiting for the D365 request budget",
                    null, e);
        }
        Optional<Duration> wait = ticket.refusedFor();
        if (wait.isPresent()) {
            D365Settings.Budget budget = settings.budget();
            throw RetryableCallException.heldBack(SYSTEM, "REQUEST_BUDGET", "The bridge's D365 request budget ("
                    + budget.requests() + " per " + budget.window().toSeconds() + " s) is spent; the next request is free in "
                    + wait.get().toMillis() + " ms", wait.get(), null);
        }
        return ticket;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 == 2) {
            return response;
        }
        if (response.statusCode() == 401) {
            throw new RejectedCallException(SYSTEM, 401, "UNAUTHORIZED", "D365 " + what + " refused a fresh access token "
                    + "(HTTP 401): check o2c.d365.resource (the token's audience) and the app's registration in F&O", null);
        }
        throw D365Failures.of(response.statusCode(), response.body(), D365Transport.retryAfter(response).orElse(null), what);
    }

    private URI uri(String path) {
        return URI.create(settings.serviceRoot() + path);
    }

    static JsonObject json(String text) {
        if (text == null || text.isBlank()) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
