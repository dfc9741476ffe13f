package org.o2cbridge.sandbox.salesforce.bulk;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import org.o2cbridge.sandbox.salesforce.data.SObjectJson;

/**
 * The JSON of a Bulk API 2.0 job: what create, close and abort answer, and with
 * {@code detailed} what {@code GET …/jobs/ingest/{id}} (or {@code …/jobs/query/{id}}) answers ({@code jobType},
 * {@code numberRecordsProcessed}, {@code numberRecordsFailed}, the processing times, and
 * {@code errorMessage} once a job has failed).
 */
final class BulkJobJson {

    private BulkJobJson() {
    }

    static JsonObject ingest(IngestJob.Info job, boolean detailed) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", job.id())
                .add("operation", job.operation())
                .add("object", job.object())
                .add("createdById", job.createdById())
                .add("createdDate", SObjectJson.formatDateTime(job.createdDate()))
                .add("systemModstamp", SObjectJson.formatDateTime(job.systemModstamp()))
                .add("state", job.state().name());
        if (job.externalIdFieldName() != null) {
            json.add("externalIdFieldName", job.externalIdFieldName());
        }
        json.add("concurrencyMode", "Parallel")
                .add("contentType", "CSV")
                .add("apiVersion", new BigDecimal(job.apiVersion()));
        if (job.state() == JobState.Open) {
            json.add("contentUrl", "services/data/v" + job.apiVersion() + "/jobs/ingest/" + job.id() + "/batches");
        }
        json.add("lineEnding", job.dialect().lineEnding()).add("columnDelimiter", job.dialect().columnDelimiter());
        if (detailed) {
            json.add("jobType", "V2Ingest")
                    .add("numberRecordsProcessed", job.processed())
                    .add("numberRecordsFailed", job.failed())
                    .add("retries", 0)
                    .add("totalProcessingTime", job.processingMillis())
                    .add("apiActiveProcessingTime", job.processingMillis())
                    .add("apexProcessingTime", 0);
            if (job.errorMessage() != null) {
                json.add("errorMessage", job.errorMessage());
            }
        }
        return json.build();
    }

    static JsonObject query(QueryJob.Info job, boolean detailed) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", job.id())
                .add("operation", job.operation())
                .add("object", job.object())
                .add("createdById", job.createdById())
                .add("createdDate", SObjectJson.formatDateTime(job.createdDate()))
                .add("systemModstamp", SObjectJson.formatDateTime(job.systemModstamp()))
                .add("state", job.state().name())
                .add("concurrencyMode", "Parallel")
                .add("contentType", "CSV")
                .add("apiVersion", new BigDecimal(job.apiVersion()))
                .add("lineEnding", job.dialect().lineEnding())
                .add("columnDelimiter", job.dialect().columnDelimiter());
        if (detailed) {
            json.add("jobType", "V2Query")
                    .add("numberRecordsProcessed", job.processed())
                    .add("retries", 0)
                    .add("totalProcessingTime", job.processingMillis());
        }
        return json.build();
    }
}
