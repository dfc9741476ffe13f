package org.o2cbridge.sandbox.salesforce.bulk;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;

/**
 * One Bulk API 2.0 ingest job: what it was created with, its state, the rows uploaded to it
 * (parsed, one array of values per row, never the upload's text) and the outcome of every row
 * processed so far. Rows are processed in upload order, so the rows past {@link #processed()}
 * are the unprocessed ones. All state changes go through the job's monitor.
 */
public final class IngestJob {

    private final String id;
    private final SObjectType object;
    private final IngestOperation operation;
    private final String externalIdFieldName;
    private final CsvDialect dialect;
    private final String apiVersion;
    private final String createdById;
    private final Instant createdDate;
    private final URI origin;

    private JobState state = JobState.Open;
    private Instant systemModstamp;
    private String errorMessage;
    private int uploads;
    private boolean uploading;
    private List<String> columns = List.of();
    private final List<String[]> rows = new ArrayList<>();
    private String[] resultIds = new String[0];
    private String[] errors = new String[0];
    private boolean[] created = new boolean[0];
    private int processed;
    private int failed;
    private long processingMillis;

    IngestJob(String id, SObjectType object, IngestOperation operation, String externalIdFieldName, CsvDialect dialect,
              String apiVersion, String createdById, Instant createdDate, URI origin) {
        this.id = id;
        this.object = object;
        this.operation = operation;
        this.externalIdFieldName = externalIdFieldName;
        this.dialect = dialect;
        this.apiVersion = apiVersion;
        this.createdById = createdById;
        this.createdDate = createdDate;
        this.systemModstamp = createdDate;
        this.origin = origin;
    }

    /** A consistent copy of the job's description and counters, for its JSON. */
    public record Info(String id, String object, String operation, String externalIdFieldName, CsvDialect dialect,
                       String apiVersion, String createdById, Instant createdDate, Instant systemModstamp,
                       JobState state, String errorMessage, int processed, int failed, long processingMillis) {
    }

    public synchronized Info info() {
        return new Info(id, object.apiName(), operation.apiName(), externalIdFieldName, dialect, apiVersion,
                createdById, createdDate, systemModstamp, state, errorMessage, processed, failed, processingMillis);
    }

    public String id() {
        return id;
    }

    public SObjectType object() {
        return object;
    }

    public IngestOperation operation() {
        return operation;
    }

    public String externalIdFieldName() {
        return externalIdFieldName;
    }

    public CsvDialect dialect() {
        return dialect;
    }

    URI origin() {
        return origin;
    }

    public synchronized JobState state() {
        return state;
    }

    synchronized void moveTo(JobState next, Instant at) {
        state = next;
        systemModstamp = at;
    }

    /** Moves the job on only if it is still in {@code from}; answers whether it moved. */
    synchronized boolean moveIf(JobState from, JobState next, Instant at) {
        if (state != from) {
            return false;
        }
        moveTo(next, at);
        return true;
    }

    /** Ends processing: complete, unless the job was aborted meanwhile. */
    synchronized void finish(Instant at) {
        moveIf(JobState.InProgress, JobState.JobComplete, at);
    }

    synchronized void fail(String message, Instant at) {
        errorMessage = message;
        moveTo(JobState.Failed, at);
    }

    synchronized int uploads() {
        return uploads;
    }

    synchronized boolean uploading() {
        return uploading;
    }

    synchronized void startUpload() {
        uploading = true;
    }

    /** Ends an upload: an accepted one counts, a refused one leaves no row behind. */
    synchronized void endUpload(boolean accepted) {
        uploading = false;
        if (accepted) {
            uploads++;
        } else if (uploads == 0) {
            rows.clear();
            columns = List.of();
        }
    }

    public synchronized List<String> columns() {
        return columns;
    }

    synchronized void setColumns(List<String> header) {
        columns = List.copyOf(header);
    }

    synchronized void addRow(String[] row) {
        rows.add(row);
    }

    /** How many parsed rows the job holds. */
    public synchronized int rowsHeld() {
        return rows.size();
    }

    synchronized String[] row(int index) {
        return rows.get(index);
    }

    synchronized void startProcessing() {
        resultIds = new String[rows.size()];
        errors = new String[rows.size()];
        created = new boolean[rows.size()];
    }

    synchronized void succeeded(int index, String recordId, boolean wasCreated) {
        resultIds[index] = recordId;
        created[index] = wasCreated;
        processed++;
    }

    synchronized void failed(int index, String recordId, String error) {
        resultIds[index] = recordId;
        errors[index] = error;
        processed++;
        failed++;
    }

    synchronized void addProcessingMillis(long millis) {
        processingMillis += millis;
    }

    public synchronized int processed() {
        return processed;
    }

    /** The outcome of a processed row, for the result files. */
    record Outcome(String[] row, String recordId, boolean created, String error) {
    }

    synchronized Outcome outcome(int index) {
        return new Outcome(rows.get(index), resultIds[index], created[index], errors[index]);
    }

    synchronized void dropRows() {
        rows.clear();
        resultIds = new String[0];
        errors = new String[0];
        created = new boolean[0];
    }
}
