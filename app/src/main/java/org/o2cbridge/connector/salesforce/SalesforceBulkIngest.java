package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.o2cbridge.connector.RejectedCallException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private static final Logger LOG = Logger.getLogger(SalesforceBulkIngest.class.getName());

    @Inject
    SalesforceRest rest;

    /** What a finished job did: how many rows it processed, and each row it refused with its error. */
    public record Outcome(String jobId, long processed, List<FailedRow> failed) {
    }

    /** A row Salesforce refused: its values by column, as uploaded, and {@code sf__Error}. */
    public record FailedRow(Map<String, String> values, String error) {
    }

    /** Upserts the CSV's rows (header first, LF line ends) into {@code sObject} by {@code externalIdField}. */
    public Outcome upsert(String sObject, String externalIdField, String csv) {
        JsonObject created = SalesforceRest.json(rest.callJson("POST", "/jobs/ingest", Json.createObjectBuilder()
                .add("object", sObject).add("operation", "upsert").add("externalIdFieldName", externalIdField)
                .add("contentType", "CSV").add("lineEnding", "LF").add("columnDelimiter", "COMMA").build().toString(),
                "bulk job create for " + sObject));
        String id = created.getString("id");
        String job = "/jobs/ingest/" + id;
        rest.call("PUT", job + "/batches", "text/csv; charset=UTF-8", "application/json", csv, "bulk upload of job " + id);
        rest.callJson("PATCH", job, "{\"state\":\"UploadComplete\"}", "bulk close of job " + id);
        JsonObject done = rest.awaitBulkJob(job, "bulk job " + id + " for " + sObject);
        String state = done.getString("state");
        if (!"JobComplete".equals(state)) {
            throw new RejectedCallException(SalesforceHttp.SYSTEM, null, "BULK_JOB_" + state.toUpperCase(),
                    "Salesforce bulk job " + id + " for " + sObject + " ended " + state + ": "
                            + done.getString("errorMessage", "no message"), null);
        }
        long failed = done.getJsonNumber("numberRecordsFailed").longValue();
        List<FailedRow> rows = failed == 0 ? List.of() : failedRows(rest.call("GET", job + "/failedResults", null,
                "text/csv", null, "bulk failed results of job " + id).body());
        forget(job, id);
        return new Outcome(id, done.getJsonNumber("numberRecordsProcessed").longValue(), rows);
    }

    /** Deletes the finished job and its result files, which Salesforce would otherwise keep for 7 days. */
    private void forget(String job, String id) {
        try {
            rest.callJson("DELETE", job, null, "bulk delete of job " + id);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Salesforce bulk job " + id + " stays until Salesforce deletes it: " + e.getMessage());
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
}
