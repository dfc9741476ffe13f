package org.o2cbridge.connector.sap;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.o2cbridge.connector.ODataBatch;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.o2cbridge.connector.sap.SapGateway.SYSTEM;

/**
 * Calls SAP's OData services with the communication arrangement's credentials. The OAuth 2.0
 * access token (client-credentials grant) is kept for its lifetime, less a margin, and renewed
 * once when SAP answers 401. Before the first write to a service it fetches a CSRF token
 * ({@code x-csrf-token: Fetch} on the service root) together with the session cookies SAP sets;
 * every write carries both, and a write refused with 403 {@code CSRF token validation failed}
 * fetches a new token and is sent once more (SAP refused it before doing anything, so the resend
 * cannot make a second document). A {@code $batch} is such a write too.
 */
class SapODataClient {

    /** A write's answer: its JSON body and the messages SAP sent with it. */
    record Answer(int status, JsonObject body, List<String> notices) {
    }

    private record AccessToken(String value, Instant renewAt) {
    }

    private record CsrfSession(String token, String cookies) {
    }

    private final SapSettings settings;
    private final SapHttp http;
    private final Clock clock;
    private final Map<URI, CsrfSession> csrf = new ConcurrentHashMap<>();
    private volatile AccessToken token;

    SapODataClient(SapSettings settings, SapHttp http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    /** Reads {@code relative} (an entity set with its query) under a service root. */
    JsonObject get(URI service, String relative, String what) {
        AccessToken used = accessToken();
        HttpResponse<String> response = http.send(read(service.resolve(relative), used), what);
        if (response.statusCode() == 401) {
            response = http.send(read(service.resolve(relative), renew(used)), what);
        }
        if (response.statusCode() != 200) {
            throw SapErrors.failure(response, what, clock);
        }
        return SapErrors.object(response.body()).orElseThrow(() -> new RetryableCallException(SYSTEM, 200, null,
                "SAP " + what + ": the answer is not a JSON object", null, null));
    }

    /** Creates an entity (a deep insert) in {@code entitySet} of a service. */
    Answer post(URI service, String entitySet, JsonObject body, String what) {
        HttpResponse<String> response = write(service, (token, session) -> write(service.resolve(entitySet), token,
                session, "application/json", body.toString()), what);
        if (response.statusCode() != 201 && response.statusCode() != 200 && response.statusCode() != 204) {
            throw SapErrors.failure(response, what, clock);
        }
        JsonObject answer = SapErrors.object(response.body()).orElse(JsonValue.EMPTY_JSON_OBJECT);
        return new Answer(response.statusCode(), answer, SapErrors.notices(response));
    }

    /**
     * Sends {@code batch} to the service's {@code $batch} (one HTTP call, which SAP guards with the
     * CSRF token like any write) and answers each of its parts' answers, in order. The call fails as
     * a whole when SAP does not answer 202 (OData v2) or 200 with a multipart body of one answer
     * per part.
     */
    List<List<ODataBatch.Answer>> batch(URI service, ODataBatch batch, String what) {
        String body = batch.body();
        HttpResponse<String> response = write(service, (token, session) -> write(service.resolve("$batch"), token,
                session, batch.contentType(), body), what);
        if (response.statusCode() != 202 && response.statusCode() != 200) {
            throw SapErrors.failure(response, what, clock);
        }
        try {
            List<List<ODataBatch.Answer>> answers = ODataBatch.readParts(
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
            if (answers.size() != batch.size()) {
                throw new IllegalArgumentException(answers.size() + " answered parts for " + batch.size() + " sent");
            }
            return answers;
        } catch (IllegalArgumentException e) {
            throw new RetryableCallException(SYSTEM, response.statusCode(), "UNREADABLE_BATCH",
                    "SAP " + what + ": the batch answer could not be read (" + e.getMessage() + ")", null, e);
        }
    }

    /**
     * A write: with the service's CSRF token and cookies, the access token renewed once on 401, and
     * a fresh CSRF token fetched once when SAP refuses the one sent (it did nothing then).
     */
    private HttpResponse<String> write(URI service, java.util.function.BiFunction<AccessToken, CsrfSession,
            HttpRequest.Builder> request, String what) {
        AccessToken used = accessToken();
        CsrfSession session = csrf(service, used, null);
        HttpResponse<String> response = http.send(request.apply(used, session), what);
        if (response.statusCode() == 401) {
            used = renew(used);
            session = csrf(service, used, session);
            response = http.send(request.apply(used, session), what);
        }
        if (csrfRefused(response)) {
            session = csrf(service, used, session);
            response = http.send(request.apply(used, session), what);
            if (csrfRefused(response)) {
                throw new RetryableCallException(SYSTEM, 403, "CSRF_TOKEN_REJECTED", "SAP " + what
                        + ": refused a freshly fetched CSRF token (CSRF token validation failed)", null, null);
            }
        }
        return response;
    }

    private HttpRequest.Builder read(URI uri, AccessToken token) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token.value())
                .header("Accept", "application/json").GET();
    }

    private HttpRequest.Builder write(URI uri, AccessToken token, CsrfSession session, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token.value())
                .header("Accept", "application/json").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session.token() != null) {
            request.header("x-csrf-token", session.token());
        }
        if (!session.cookies().isEmpty()) {
            request.header("Cookie", session.cookies());
        }
        return request;
    }

    private static boolean csrfRefused(HttpResponse<String> response) {
        return response.statusCode() == 403
                && (response.headers().firstValue("x-csrf-token").map(v -> v.equalsIgnoreCase("required")).orElse(false)
                || (response.body() != null && response.body().contains("CSRF token validation failed")));
    }

    /** The service's CSRF session; a new one when there is none or {@code stale} was refused. */
    private CsrfSession csrf(URI service, AccessToken token, CsrfSession stale) {
        CsrfSession current = csrf.get(service);
        if (current != null && current != stale) {
            return current;
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(service)
                .header("Authorization", "Bearer " + token.value()).header("x-csrf-token", "Fetch")
                .header("Accept", "application/json").GET(), "CSRF token fetch");
        if (response.statusCode() != 200) {
            throw SapErrors.failure(response, "CSRF token fetch", clock);
        }
        String cookies = response.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0].strip()).filter(c -> c.contains("="))
                .collect(Collectors.joining("; "));
        CsrfSession fresh = new CsrfSession(response.headers().firstValue("x-csrf-token").orElse(null), cookies);
        csrf.put(service, fresh);
        return fresh;
    }

    private AccessToken accessToken() {
        AccessToken current = token;
        return current != null && clock.instant().isBefore(current.renewAt()) ? current : renew(current);
    }

    /** A token to use instead of {@code stale}; callers that saw the same stale token share one new one. */
    private synchronized AccessToken renew(AccessToken stale) {
        AccessToken current = token;
        if (current != null && current != stale && clock.instant().isBefore(current.renewAt())) {
            return current;
        }
        String basic = Base64.getEncoder().encodeToString((form(settings.clientId()) + ":" + form(settings.clientSecret()))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(settings.tokenUrl()))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), "token request");
        JsonObject body = SapErrors.object(response.body()).orElse(JsonValue.EMPTY_JSON_OBJECT);
        if (response.statusCode() != 200 || SapErrors.text(body.get("access_token")) == null) {
            throw tokenFailure(response, body);
        }
        long lifetime = body.getJsonNumber("expires_in") == null ? 3600 : body.getJsonNumber("expires_in").longValue();
        long margin = Math.min(60, lifetime / 10);
        AccessToken fresh = new AccessToken(body.getString("access_token"),
                clock.instant().plus(Duration.ofSeconds(Math.max(1, lifetime - margin))));
        token = fresh;
        csrf.clear();
        return fresh;
    }

    private RuntimeException tokenFailure(HttpResponse<String> response, JsonObject body) {
        int status = response.statusCode();
        String reason = SapErrors.text(body.get("error"));
        String description = SapErrors.text(body.get("error_description"));
        String message = "SAP token request answered HTTP " + status + (reason == null ? "" : ": " + reason)
                + (description == null ? "" : " (" + description + ")");
        if (status == 429 || status == 408 || status >= 500) {
            return new RetryableCallException(SYSTEM, status, reason, message,
                    SapErrors.retryAfter(response.headers().firstValue("Retry-After").orElse(null), clock).orElse(null), null);
        }
        return new RejectedCallException(SYSTEM, status, reason == null ? null : reason.toUpperCase(Locale.ROOT),
                message + ": check o2c.sap.token-url, o2c.sap.client-id and o2c.sap.client-secret", null);
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
