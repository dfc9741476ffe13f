package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.o2cbridge.connector.RejectedCallException;

import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Bulk API 2.0 query: {@link #run} creates a query job ({@code POST /jobs/query}, operation
 * {@code query}) and waits until Salesforce has run it ({@link SalesforceRest#awaitBulkJob}); a job
 * Salesforce ends as {@code Failed} or {@code Aborted} fails the call. {@link #results} opens one page of the results ({@code GET
 * /jobs/query/{id}/results?maxRecords=&locator=}) and hands its CSV over as it arrives, with the
 * locator of the next page from {@code Sforce-Locator} (the literal {@code null} after the last
 * page, answered here as null). A 401 renews the session once.
 */
@ApplicationScoped
public class SalesforceBulkQuery {

    @Inject
    SalesforceRest rest;

    /** A completed query job and how many records it found. */
    public record Completed(String id, long records) {
    }

    /** One page of results: its CSV, header row first, to be read and closed; the next page's locator or null. */
    public record Page(InputStream csv, String nextLocator) {
    }

    public Completed run(String soql) {
        JsonObject created = SalesforceRest.json(rest.callJson("POST", "/jobs/query", Json.createObjectBuilder()
                .add("operation", "query").add("query", soql).build().toString(), "bulk query job create"));
        String id = created.getString("id");
        JsonObject done = rest.awaitBulkJob("/jobs/query/" + id, "bulk query job " + id);
        String state = done.getString("state");
        if (!"JobComplete".equals(state)) {
            throw new RejectedCallException(SalesforceHttp.SYSTEM, null, "BULK_JOB_" + state.toUpperCase(),
                    "Salesforce bulk query job " + id + " ended " + state + ": " + done.getString("errorMessage", "no message"),
                    null);
        }
        return new Completed(id, records(done));
    }

    /**
     * The query job as Salesforce has it now: its id and how many records it found. A job
     * Salesforce no longer has is a {@link RejectedCallException} with HTTP status 404.
     */
    public Completed info(String jobId) {
        return new Completed(jobId, records(SalesforceRest.json(rest.callJson("GET", "/jobs/query/" + jobId, null,
                "bulk query job info of " + jobId))));
    }

    /**
     * The page of the job's results at {@code locator} (null: the first). A job Salesforce no
     * longer has is a {@link RejectedCallException} with HTTP status 404.
     */
    public Page results(String jobId, String locator, int maxRecords) {
        String path = "/jobs/query/" + jobId + "/results?maxRecords=" + maxRecords
                + (locator == null ? "" : "&locator=" + URLEncoder.encode(locator, StandardCharsets.UTF_8));
        HttpResponse<InputStream> response = rest.stream(path, "text/csv", "bulk query results of job " + jobId);
        String next = response.headers().firstValue("Sforce-Locator").map(String::strip).orElse("null");
        return new Page(response.body(), next.isEmpty() || next.equals("null") ? null : next);
    }

    private static long records(JsonObject job) {
        return job.containsKey("numberRecordsProcessed") ? job.getJsonNumber("numberRecordsProcessed").longValue() : 0;
    }
}
