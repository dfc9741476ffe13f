package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Bulk API 2.0 query: {@link #run} creates a query job ({@code POST /jobs/query}, operation
 * {@code query}) and waits until Salesforce has run it, polling with a growing interval up to
 * {@code o2c.salesforce.bulk.poll-max-interval} and giving up after
 * {@code o2c.salesforce.bulk.max-wait}; a job Salesforce ends as {@code Failed} or {@code Aborted}
 * fails the call. {@link #results} opens one page of the results ({@code GET
 * /jobs/query/{id}/results?maxRecords=&locator=}) and hands its CSV over as it arrives, with the
 * locator of the next page from {@code Sforce-Locator} (the literal {@code null} after the last
 * page, answered here as null). A 401 renews the session once.
 */
@ApplicationScoped
public class SalesforceBulkQuery {

    private static final Set<String> DONE = Set.of("JobComplete", "Failed", "Aborted");
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

    /** A completed query job and how many records it found. */
    public record Completed(String id, long records) {
    }

    /** One page of results: its CSV, header row first, to be read and closed; the next page's locator or null. */
    public record Page(InputStream csv, String nextLocator) {
    }

    public Completed run(String soql) {
        JsonObject created = json(call("POST", "/jobs/query", Json.createObjectBuilder().add("operation", "query")
                .add("query", soql).build().toString(), "bulk query job create"));
        String id = created.getString("id");
        JsonObject done = awaitEnd(id);
        String state = done.getString("state");
        if (!"JobComplete".equals(state)) {
            throw new RejectedCallException(SalesforceHttp.SYSTEM, null, "BULK_JOB_" + state.toUpperCase(),
                    "Salesforce bulk query job " + id + " ended " + state + ": " + done.getString("errorMessage", "no message"),
                    null);
        }
        return new Completed(id, done.containsKey("numberRecordsProcessed")
                ? done.getJsonNumber("numberRecordsProcessed").longValue() : 0);
    }

    /**
     * The query job as Salesforce has it now: its id and how many records it found. A job
     * Salesforce no longer has is a {@link RejectedCallException} with HTTP status 404.
     */
    public Completed info(String jobId) {
        JsonObject info = json(call("GET", "/jobs/query/" + jobId, null, "bulk query job info of " + jobId));
        return new Completed(jobId, info.containsKey("numberRecordsProcessed")
                ? info.getJsonNumber("numberRecordsProcessed").longValue() : 0);
    }

    /**
     * The page of the job's results at {@code locator} (null: the first). A job Salesforce no
     * longer has is a {@link RejectedCallException} with HTTP status 404.
     */
    public Page results(String jobId, String locator, int maxRecords) {
        String path = "/jobs/query/" + jobId + "/results?maxRecords=" + maxRecords
                + (locator == null ? "" : "&locator=" + URLEncoder.encode(locator, StandardCharsets.UTF_8));
        String what = "bulk query results of job " + jobId;
        SalesforceSession session = tokens.session();
        SalesforceHttp.Streamed answer = http.stream(request(session, path), what);
        if (answer.response().statusCode() == 401) {
            answer = http.stream(request(tokens.renew(session), path), what);
        }
        HttpResponse<InputStream> response = answer.response();
        if (response.statusCode() == 401) {
            throw new RetryableCallException(SalesforceHttp.SYSTEM, 401, "INVALID_SESSION_ID",
                    "Salesforce refused a session it had just issued for the " + what, null, null);
        }
        if (answer.errorBody() != null) {
            throw SalesforceErrors.failure(response, answer.errorBody(), what, clock);
        }
        String next = response.headers().firstValue("Sforce-Locator").map(String::strip).orElse("null");
        return new Page(response.body(), next.isEmpty() || next.equals("null") ? null : next);
    }

    private HttpRequest.Builder request(SalesforceSession session, String path) {
        return HttpRequest.newBuilder(URI.create(session.restBase(settings.apiVersion()) + path))
                .header("Authorization", "Bearer " + session.accessToken())
                .header("Accept", "text/csv")
                .GET();
    }

    private JsonObject awaitEnd(String id) {
        Instant giveUp = clock.instant().plus(maxWait);
        Duration pause = FIRST_POLL;
        while (true) {
            JsonObject info = json(call("GET", "/jobs/query/" + id, null, "bulk query job info of " + id));
            if (DONE.contains(info.getString("state"))) {
                return info;
            }
            if (clock.instant().isAfter(giveUp)) {
                throw new RetryableCallException(SalesforceHttp.SYSTEM, null, "BULK_JOB_TIMEOUT", "Salesforce bulk query job "
                        + id + " was still " + info.getString("state") + " after " + maxWait, null, null);
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetryableCallException(SalesforceHttp.SYSTEM, null, "INTERRUPTED",
                        "Interrupted waiting for Salesforce bulk query job " + id, null, e);
            }
            pause = pause.multipliedBy(2).compareTo(maxPollInterval) > 0 ? maxPollInterval : pause.multipliedBy(2);
        }
    }

    private HttpResponse<String> call(String method, String path, String body, String what) {
        SalesforceSession session = tokens.session();
        HttpResponse<String> response = send(session, method, path, body, what);
        if (response.statusCode() == 401) {
            response = send(tokens.renew(session), method, path, body, what);
        }
        if (response.statusCode() == 401) {
            throw new RetryableCallException(SalesforceHttp.SYSTEM, 401, "INVALID_SESSION_ID",
                    "Salesforce refused a session it had just issued for the " + what, null, null);
        }
        if (response.statusCode() / 100 != 2) {
            throw SalesforceErrors.failure(response, what, clock);
        }
        return response;
    }

    private HttpResponse<String> send(SalesforceSession session, String method, String path, String body, String what) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(session.restBase(settings.apiVersion()) + path))
                .header("Authorization", "Bearer " + session.accessToken())
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        return http.send(request, what);
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
