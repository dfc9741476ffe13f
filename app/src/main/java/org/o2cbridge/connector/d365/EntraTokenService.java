package org.o2cbridge.connector.d365;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.o2cbridge.connector.d365.D365Gateway.SYSTEM;

/**
 * The Entra ID access token for the F&O environment (client-credentials grant), fetched once and
 * kept for its lifetime: renewed before it expires ({@code token-renew-before-seconds}, at most
 * half the lifetime), never once per call. The request names the environment as {@code scope}
 * ({@code <resource>/.default}) on a v2 token endpoint, as {@code resource} on a v1 one. One
 * caller fetches while the others wait for its token. Secrets are never logged.
 */
public class EntraTokenService {

    private record Token(String value, Instant renewAt) {
    }

    private final D365Settings settings;
    private final D365Transport transport;
    private final Clock clock;
    private Token current;

    public EntraTokenService(D365Settings settings, D365Transport transport, Clock clock) {
        this.settings = settings;
        this.transport = transport;
        this.clock = clock;
    }

    /** A live token, from the cache unless it is due for renewal. */
    public synchronized String token() {
        Token token = current;
        if (token != null && clock.instant().isBefore(token.renewAt())) {
            return token.value();
        }
        current = fetch();
        return current.value();
    }

    /** Forgets the cached token if it is still {@code rejected} (D365 answered 401 to it). */
    public synchronized void invalidate(String rejected) {
        if (current != null && current.value().equals(rejected)) {
            current = null;
        }
    }

    private Token fetch() {
        boolean v2 = settings.tokenUrl().contains("/v2.0/");
        String form = "grant_type=client_credentials&client_id=" + encode(settings.clientId()) + "&client_secret="
                + encode(settings.clientSecret()) + (v2 ? "&scope=" + encode(settings.resource() + "/.default")
                : "&resource=" + encode(settings.resource()));
        Instant asked = clock.instant();
        HttpResponse<String> response = transport.send(HttpRequest.newBuilder(URI.create(settings.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), "token request");
        JsonObject body = json(response.body());
        int status = response.statusCode();
        if (status == 200 && body.containsKey("access_token")) {
            Duration lifetime = Duration.ofSeconds(body.getJsonNumber("expires_in").longValue());
            Duration early = settings.renewBefore().compareTo(lifetime.dividedBy(2)) < 0 ? settings.renewBefore()
                    : lifetime.dividedBy(2);
            return new Token(body.getString("access_token"), asked.plus(lifetime).minus(early));
        }
        String detail = "Entra ID refused the token request: " + body.getString("error", "HTTP " + status)
                + (body.containsKey("error_description") ? " " + body.getString("error_description") : "");
        if (status == 429 || status >= 500) {
            throw new RetryableCallException(SYSTEM, status, body.getString("error", null), detail,
                    D365Transport.retryAfter(response).orElse(null), null);
        }
        throw new RejectedCallException(SYSTEM, status, body.getString("error", "TOKEN_REFUSED"), detail, null);
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text == null || text.isBlank() ? "{}" : text))) {
            return reader.readObject();
        } catch (RuntimeException notJson) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
