package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Bulk API 2.0 ingest: one upsert job per call of {@link #upsert} — create the job, upload its CSV
 * (one upload, as the API wants), close it, wait for Salesforce to process it, and read back the
 * rows it refused from {@code failedResults} with their {@code sf__Error}. The wait polls the job
 * with a growing interval up to {@code o2c.salesforce.bulk.poll-max-interval} and gives up after
 * {@code o2c.salesforce.bulk.max-wait}. A job Salesforce ends as {@code Failed} or {@code Aborted}
 * fails the call as a whole. A finished job is deleted once its failures are read. A 401 renews
 * the session once. Every call has the adapter's
 * timeouts ({@link SalesforceHttp}).
 */
@ApplicationScoped
public class SalesforceBulkIngest {

    public static final String ERROR_COLUMN = "sf__Error";
    private static final Set<String> DONE = Set.of("JobComplete", "Failed", "Aborted");
    private static final Duration FIRST_POLL = Duration.ofMillis(50);
    private static final Logger LOG = Logger.getLogger(SalesforceBulkIngest.class.getName());

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

    /** What a finished job did: how many rows it processed, and each row it refused with its error. */
    public record Outcome(String jobId, long processed, List<FailedRow> failed) {
    }

    /** A row Salesforce refused: its values by column, as uploaded, and {@code sf__Error}. */
    public record FailedRow(Map<String, String> values, String error) {
    }

    /** Upserts the CSV's rows (header first, LF line ends) into {@code sObject} by {@code externalIdField}. */
    public Outcome upsert(String sObject, String externalIdField, String csv) {
        JsonObject created = json(call("POST", "/jobs/ingest", "application/json", Json.createObjectBuilder()
                .add("object", sObject).add("operation", "upsert").add("externalIdFieldName", externalIdField)
                .add("contentType", "CSV").add("lineEnding", "LF").add("columnDelimiter", "COMMA").build().toString(),
                "bulk job create for " + sObject));
        String id = created.getString("id");
        String job = "/jobs/ingest/" + id;
        call("PUT", job + "/batches", "text/csv", csv, "bulk upload of job " + id);
        call("PATCH", job, "application/json", "{\"state\":\"UploadComplete\"}", "bulk close of job " + id);
        JsonObject done = awaitEnd(job, id);
        String state = done.getString("state");
        if (!"JobComplete".equals(state)) {
            throw new RejectedCallException(SalesforceHttp.SYSTEM, null, "BULK_JOB_" + state.toUpperCase(),
                    "Salesforce bulk job " + id + " for " + sObject + " ended " + state + ": "
                            + done.getString("errorMessage", "no message"), null);
        }
        long failed = done.getJsonNumber("numberRecordsFailed").longValue();
        List<FailedRow> rows = failed == 0 ? List.of()
                : failedRows(call("GET", job + "/failedResults", null, null, "bulk failed results of job " + id).body());
        forget(job, id);
        return new Outcome(id, done.getJsonNumber("numberRecordsProcessed").longValue(), rows);
    }

    /** Deletes the finished job and its result files, which Salesforce would otherwise keep for 7 days. */
    private void forget(String job, String id) {
        try {
            call("DELETE", job, null, null, "bulk delete of job " + id);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Salesforce bulk job " + id + " stays until Salesforce deletes it: " + e.getMessage());
        }
    }

    private JsonObject awaitEnd(String job, String id) {
        Instant giveUp = clock.instant().plus(maxWait);
        Duration pause = FIRST_POLL;
        while (true) {
            JsonObject info = json(call("GET", job, null, null, "bulk job info of " + id));
            if (DONE.contains(info.getString("state"))) {
                return info;
            }
            if (clock.instant().isAfter(giveUp)) {
                throw new RetryableCallException(SalesforceHttp.SYSTEM, null, "BULK_JOB_TIMEOUT", "Salesforce bulk job "
                        + id + " was still " + info.getString("state") + " after " + maxWait, null, null);
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetryableCallException(SalesforceHttp.SYSTEM, null, "INTERRUPTED",
                        "Interrupted waiting for Salesforce bulk job " + id, null, e);
            }
            pause = pause.multipliedBy(2).compareTo(maxPollInterval) > 0 ? maxPollInterval : pause.multipliedBy(2);
        }
    }

    static List<FailedRow> failedRows(String csv) {
        List<FailedRow> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            List<String> columns = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String column : columns) {
                    if (!column.startsWith("sf__")) {
                        values.put(column, record.get(column));
                    }
                }
                rows.add(new FailedRow(values, record.get(ERROR_COLUMN)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private HttpResponse<String> call(String method, String path, String contentType, String body, String what) {
        SalesforceSession session = tokens.session();
        HttpResponse<String> response = send(session, method, path, contentType, body, what);
        if (response.statusCode() == 401) {
            response = send(tokens.renew(session), method, path, contentType, body, what);
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

    private HttpResponse<String> send(SalesforceSession session, String method, String path, String contentType,
                                      String body, String what) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(session.restBase(settings.apiVersion()) + path))
                .header("Authorization", "Bearer " + session.accessToken())
                .header("Accept", path.endsWith("Results") ? "text/csv" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType + "; charset=UTF-8");
        }
        return http.send(request, what);
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
