package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Holds the bridge's Salesforce session, obtained with the OAuth 2.0 JWT bearer flow. The session
 * is fetched on first use and kept: Salesforce issues no refresh token and no expiry, so it is
 * renewed only when a call answers 401. Renewal is guarded: callers that saw the same stale session
 * share one new one, so a burst of 401s costs one token request, never one per call.
 *
 * <p>Token endpoint failures: 400 {@code invalid_grant} and any other 4xx are rejected with
 * Salesforce's {@code error_description}; 429, 5xx, timeouts and resets are retryable.
 */
@ApplicationScoped
public class SalesforceTokenService {

    private static final Logger LOG = Logger.getLogger(SalesforceTokenService.class.getName());
    private static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final SalesforceSettings settings;
    private final SalesforceHttp http;
    private final JwtBearerAssertion assertion;
    private final Clock clock;
    private volatile SalesforceSession session;

    @Inject
    public SalesforceTokenService(SalesforceSettings settings, SalesforceHttp http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.assertion = new JwtBearerAssertion(settings);
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected SalesforceTokenService() {
        this.settings = null;
        this.http = null;
        this.assertion = null;
        this.clock = null;
    }

    /** The current session, fetched first if there is none yet. */
    public SalesforceSession session() {
        SalesforceSession current = session;
        return current != null ? current : renew(null);
    }

    /**
     * A session to use instead of {@code stale}, which Salesforce refused: a new one, unless another
     * caller already replaced {@code stale}, in which case that replacement is answered.
     */
    public synchronized SalesforceSession renew(SalesforceSession stale) {
        SalesforceSession current = session;
        if (current != null && current != stale) {
            return current;
        }
        session = null;
        SalesforceSession fresh = requestSession();
        session = fresh;
        if (stale != null) {
            LOG.info(() -> "Salesforce refused the session; signed in again at " + fresh.instanceUrl());
        }
        return fresh;
    }

    private SalesforceSession requestSession() {
        String form = "grant_type=" + URLEncoder.encode(GRANT_TYPE, StandardCharsets.UTF_8)
                + "&assertion=" + URLEncoder.encode(assertion.sign(clock.instant()), StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        HttpResponse<String> response = http.send(request, "token request to " + settings.tokenUrl());
        JsonObject body = parseObject(response.body()).orElse(JsonValue.EMPTY_JSON_OBJECT);
        if (response.statusCode() == 200) {
            return sessionFrom(body);
        }
        throw tokenFailure(response, body);
    }

    private static SalesforceSession sessionFrom(JsonObject body) {
        String token = body.getString("access_token", null);
        String instanceUrl = body.getString("instance_url", null);
        if (token == null || token.isBlank() || instanceUrl == null || !instanceUrl.startsWith("http")) {
            throw new RejectedCallException(SalesforceHttp.SYSTEM, 200, "INVALID_TOKEN_RESPONSE",
                    "Salesforce token endpoint answered without access_token or instance_url", null);
        }
        return new SalesforceSession(token, instanceUrl);
    }

    private RuntimeException tokenFailure(HttpResponse<String> response, JsonObject body) {
        int status = response.statusCode();
        String error = body.getString("error", null);
        String description = body.getString("error_description", null);
        String detail = "Salesforce token request answered HTTP " + status
                + (error == null ? "" : ": " + error) + (description == null ? "" : ": " + description);
        if (status == 429 || status >= 500) {
            return new RetryableCallException(SalesforceHttp.SYSTEM, status, error, detail,
                    SalesforceErrors.retryAfter(response, clock).orElse(null), null);
        }
        return new RejectedCallException(SalesforceHttp.SYSTEM, status, error, detail, null);
    }

    private static Optional<JsonObject> parseObject(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? Optional.of(value.asJsonObject()) : Optional.empty();
        } catch (JsonException e) {
            return Optional.empty();
        }
    }
}
