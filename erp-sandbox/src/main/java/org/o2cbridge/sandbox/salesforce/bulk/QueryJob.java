package org.o2cbridge.sandbox.salesforce.bulk;

import java.time.Instant;
import java.util.List;
import org.o2cbridge.sandbox.salesforce.data.SObjectRecord;

/**
 * One Bulk API 2.0 query job: its query, its state, and once complete the records it found.
 * Records are immutable snapshots, so the job holds references to them, not copies, and its pages
 * show the org as it was when the job ran.
 */
public final class QueryJob {

    private final String id;
    private final String operation;
    private final SoqlQuery query;
    private final CsvDialect dialect;
    private final String apiVersion;
    private final String createdById;
    private final Instant createdDate;
    private JobState state = JobState.UploadComplete;
    private Instant systemModstamp;
    private List<SObjectRecord> results = List.of();
    private long processingMillis;

    QueryJob(String id, String operation, SoqlQuery query, CsvDialect dialect, String apiVersion, String createdById,
             Instant createdDate) {
        this.id = id;
        this.operation = operation;
        this.query = query;
        this.dialect = dialect;
        this.apiVersion = apiVersion;
        this.createdById = createdById;
        this.createdDate = createdDate;
        this.systemModstamp = createdDate;
    }

    /** A consistent copy of the job's description, for its JSON. */
    public record Info(String id, String operation, String object, CsvDialect dialect, String apiVersion, String createdById,
                       Instant createdDate, Instant systemModstamp, JobState state, int processed, long processingMillis) {
    }

    public synchronized Info info() {
        return new Info(id, operation, query.object().apiName(), dialect, apiVersion, createdById, createdDate,
                systemModstamp, state, results.size(), processingMillis);
    }

    public String id() {
        return id;
    }

    SoqlQuery query() {
        return query;
    }

    CsvDialect dialect() {
        return dialect;
    }

    String apiVersion() {
        return apiVersion;
    }

    public synchronized JobState state() {
        return state;
    }

    synchronized boolean moveIf(JobState from, JobState next, Instant at) {
        if (state != from) {
            return false;
        }
        state = next;
        systemModstamp = at;
        return true;
    }

    synchronized void complete(List<SObjectRecord> found, long millis, Instant at) {
        if (state == JobState.InProgress) {
            results = List.copyOf(found);
            processingMillis = millis;
            state = JobState.JobComplete;
            systemModstamp = at;
        }
    }

    synchronized List<SObjectRecord> results() {
        return results;
    }
}
