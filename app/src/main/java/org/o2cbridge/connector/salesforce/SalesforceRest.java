package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.connector.RetryableCallException;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Calls to the org's REST API ({@code {instance_url}/services/data/v{version}}) with the session's
 * bearer token: a 401 renews the session once (a second 401 is retryable), any other answer that is
 * not 2xx becomes the adapter's failure ({@link SalesforceErrors}). Also waits for a Bulk API 2.0
 * job to end, polling it from 50 ms with a doubling interval up to
 * {@code o2c.salesforce.bulk.poll-max-interval}, for at most {@code o2c.salesforce.bulk.max-wait}.
 * Every call has the adapter's timeouts ({@link SalesforceHttp}).
 */
@ApplicationScoped
public class SalesforceRest {

    private static final Set<String> BULK_JOB_ENDED = Set.of("JobComplete", "Failed", "Aborted");
    private static final Duration FIRST_POLL = Duration.ofMillis(50);

    @Inject
    SalesforceSettings settings;

    @Inject
    SalesforceTokenService tokens;

    @Inject
    SalesforceHttp http;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "o2c.salesforce.bulk.poll-max-interval", defaultValue = "PT5S")
    Duration maxPollInterval;

    @Inject
    @ConfigProperty(name = "o2c.salesforce.bulk.max-wait", defaultValue = "PT30M")
    Duration maxWait;

    /**
     * {@code method path} under the REST base with {@code body} (null: none) of {@code contentType},
     * accepting {@code accept}; {@code what} names the call in failures.
     */
    public HttpResponse<String> call(String method, String path, String contentType, String accept, String body,
                                     String what) {
        SalesforceSession session = tokens.session();
        HttpResponse<String> response = http.send(request(session, method, path, contentType, accept, body), what);
        if (response.statusCode() == 401) {
            response = http.send(request(tokens.renew(session), method, path, contentType, accept, body), what);
        }
        if (response.statusCode() == 401) {
            throw staleSession(what);
        }
        if (response.statusCode() / 100 != 2) {
            throw SalesforceErrors.failure(response, what, clock);
        }
        return response;
    }

    /** A JSON call: {@code body} (null: none) sent and the answer read as JSON. */
    public HttpResponse<String> callJson(String method, String path, String body, String what) {
        return call(method, path, body == null ? null : "application/json; charset=UTF-8", "application/json", body, what);
    }

    /** {@code GET path}, its body as a stream to be read and closed by the caller. */
    public HttpResponse<InputStream> stream(String path, String accept, String what) {
        SalesforceSession session = tokens.session();
        SalesforceHttp.Streamed answer = http.stream(request(session, "GET", path, null, accept, null), what);
        if (answer.response().statusCode() == 401) {
            answer = http.stream(request(tokens.renew(session), "GET", path, null, accept, null), what);
        }
        if (answer.response().statusCode() == 401) {
            throw staleSession(what);
        }
        if (answer.errorBody() != null) {
            throw SalesforceErrors.failure(answer.response(), answer.errorBody(), what, clock);
        }
        return answer.response();
    }

    /** Polls the Bulk API 2.0 job at {@code path} until it is JobComplete, Failed or Aborted; answers its info. */
    public JsonObject awaitBulkJob(String path, String what) {
        Instant giveUp = clock.instant().plus(maxWait);
        Duration pause = FIRST_POLL;
        while (true) {
            JsonObject info = json(callJson("GET", path, null, "info of " + what));
            if (BULK_JOB_ENDED.contains(info.getString("state"))) {
                return info;
            }
            if (clock.instant().isAfter(giveUp)) {
                throw new RetryableCallException(SalesforceHttp.SYSTEM, null, "BULK_JOB_TIMEOUT", "Salesforce " + what
                        + " was still " + info.getString("state") + " after " + maxWait, null, null);
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetryableCallException(SalesforceHttp.SYSTEM, null, "INTERRUPTED",
                        "Interrupted waiting for Salesforce " + what, null, e);
            }
            pause = pause.multipliedBy(2).compareTo(maxPollInterval) > 0 ? maxPollInterval : pause.multipliedBy(2);
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private HttpRequest.Builder request(SalesforceSession session, String method, String path, String contentType,
                                        String accept, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(session.restBase(settings.apiVersion()) + path))
                .header("Authorization", "Bearer " + session.accessToken())
                .header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return request;
    }

    private static RetryableCallException staleSession(String what) {
        return new RetryableCallException(SalesforceHttp.SYSTEM, 401, "INVALID_SESSION_ID",
                "Salesforce refused a session it had just issued for the " + what, null, null);
    }
}
