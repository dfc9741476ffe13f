package org.o2cbridge.sandbox.salesforce.bulk;

/**
 * The states of a Bulk API 2.0 job, spelled as the API spells them. An ingest job runs
 * {@code Open → UploadComplete → InProgress → JobComplete | Failed}, and can be {@code Aborted}
 * until it has finished; a query job starts at {@code UploadComplete}.
 */
public enum JobState {
    Open, UploadComplete, InProgress, JobComplete, Failed, Aborted;

    public boolean finished() {
        return this == JobComplete || this == Failed || this == Aborted;
    }
}
