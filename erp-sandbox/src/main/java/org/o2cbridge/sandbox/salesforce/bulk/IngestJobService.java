package org.o2cbridge.sandbox.salesforce.bulk;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.sandbox.salesforce.IdSequence;
import org.o2cbridge.sandbox.salesforce.data.SObjectField;
import org.o2cbridge.sandbox.salesforce.data.SObjectService;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SalesforceApiException;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

/**
 * Bulk API 2.0 ingest jobs, {@code /jobs/ingest}: creates a job, takes its one CSV upload as a
 * stream (parsed row by row, refused past the upload limit), closes or aborts it, processes it in
 * the background once closed, and answers its info and result files. Illegal moves answer the
 * errors Salesforce answers ({@code INVALIDJOBSTATE}, {@code INVALIDJOB}). Jobs live until they are
 * deleted or the sandbox is reset.
 */
@ApplicationScoped
public class IngestJobService {

    /** 150 MB (MiB) of base64-encoded content, the documented limit of one upload, as CSV bytes. */
    public static final long DOCUMENTED_MAX_UPLOAD_BYTES = 150L * 1024 * 1024 / 4 * 3;

    private static final Logger LOG = Logger.getLogger(IngestJobService.class.getName());

    private final Map<String, IngestJob> jobs = new ConcurrentHashMap<>();
    private SalesforceOrg org;
    private IngestProcessor processor;
    private IdSequence ids;
    private Clock clock;
    private long maxUploadBytes;
    private Executor executor;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService managedExecutor;

    protected IngestJobService() {
    }

    @Inject
    public IngestJobService(SalesforceOrg org, SObjectService records,
            @ConfigProperty(name = "o2c.sandbox.salesforce.bulk.max-upload-bytes", defaultValue = "117964800") long maxUploadBytes) {
        this(org, records, null, maxUploadBytes, Clock.systemUTC());
    }

    public IngestJobService(SalesforceOrg org, SObjectService records, Executor executor, long maxUploadBytes, Clock clock) {
        this.org = org;
        this.processor = new IngestProcessor(org, records, clock);
        this.ids = IdSequence.startingNow();
        this.clock = clock;
        this.maxUploadBytes = maxUploadBytes;
        this.executor = executor;
    }

    public IngestJob create(JsonObject request, String apiVersion, URI origin) {
        SObjectType object = BulkRequests.object(request);
        IngestOperation operation = BulkRequests.text(request, "operation").flatMap(IngestOperation::fromApiName)
                .orElseThrow(() -> BulkRequests.invalidJob("InvalidJob : Invalid operation: "
                        + BulkRequests.text(request, "operation").orElse("") + "; use insert, update, upsert or delete"));
        String externalId = null;
        if (operation == IngestOperation.UPSERT) {
            String named = BulkRequests.text(request, "externalIdFieldName").filter(name -> !name.isBlank())
                    .orElseThrow(() -> BulkRequests.invalidJob("External ID was blank for " + object.apiName()
                            + ". An External ID must be specified for upsert."));
            externalId = object.field(named).filter(SObjectField::externalId).map(SObjectField::name)
                    .orElseThrow(() -> BulkRequests.invalidJob("InvalidJob : Field " + named
                            + " is not an external id field of " + object.apiName()));
        }
        IngestJob job = new IngestJob(ids.next("750"), object, operation, externalId, BulkRequests.dialect(request),
                apiVersion, org.integrationUserId(), now(), origin);
        jobs.put(job.id(), job);
        return job;
    }

    public IngestJob get(String id) {
        IngestJob job = jobs.get(id);
        if (job == null) {
            throw SalesforceApiException.notFound();
        }
        return job;
    }

    /** {@code PUT …/batches}: parses the CSV as it arrives; the first row is the header. */
    public void upload(String id, String contentType, InputStream body) {
        IngestJob job = get(id);
        if (contentType == null || !contentType.toLowerCase().startsWith("text/csv")) {
            throw new SalesforceApiException(415, "INVALIDCONTENTTYPE", "Content-Type must be text/csv, not " + contentType, List.of());
        }
        boolean first;
        synchronized (job) {
            if (job.state() != JobState.Open || job.uploading()) {
                throw BulkRequests.invalidState("Job " + id + " is in state " + job.state()
                        + (job.uploading() ? " and receiving an upload" : "") + "; data can only be uploaded to an Open job");
            }
            job.startUpload();
            first = job.uploads() == 0;
        }
        boolean accepted = false;
        try {
            CsvUpload upload = new CsvUpload(body, maxUploadBytes);
            if (first) {
                upload.readInto(job);
            } else {
                upload.discard();
            }
            accepted = true;
        } finally {
            job.endUpload(accepted);
        }
    }

    /** {@code PATCH …/{id}} with {@code {"state":"UploadComplete"}} or {@code {"state":"Aborted"}}. */
    public IngestJob changeState(String id, JsonObject request) {
        IngestJob job = get(id);
        String wanted = request.get("state") instanceof JsonString state ? state.getString() : String.valueOf(request.get("state"));
        synchronized (job) {
            JobState current = job.state();
            if (wanted.equals(JobState.UploadComplete.name())) {
                if (current != JobState.Open || job.uploading()) {
                    throw BulkRequests.invalidState("Closing already " + BulkRequests.describe(current) + " Job not allowed");
                }
                if (job.uploads() > 1) {
                    throw BulkRequests.invalidJob("Found multipe contents for job: <" + id + ">, please 'Close' / 'Abort' / "
                            + "'Delete' the current Job then create a new Job and make sure you only do 'PUT' once on a given Job.");
                }
                job.moveTo(JobState.UploadComplete, now());
                executor().execute(() -> run(job));
            } else if (wanted.equals(JobState.Aborted.name())) {
                if (current.finished()) {
                    throw BulkRequests.invalidState("Aborting already " + BulkRequests.describe(current) + " Job not allowed");
                }
                job.moveTo(JobState.Aborted, now());
            } else {
                throw BulkRequests.invalidState("Invalid state " + wanted + " for an ingest job: use UploadComplete or Aborted");
            }
        }
        return job;
    }

    /** {@code DELETE …/{id}}: only a job that is not Open or InProgress. */
    public void delete(String id) {
        IngestJob job = get(id);
        synchronized (job) {
            JobState state = job.state();
            if (state == JobState.Open || state == JobState.InProgress) {
                throw BulkRequests.invalidState("Job " + id + " is in state " + state
                        + "; only UploadComplete, JobComplete, Aborted or Failed jobs can be deleted");
            }
            job.moveIf(JobState.UploadComplete, JobState.Aborted, now());
            jobs.remove(id);
            job.dropRows();
        }
    }

    public void writeSuccessful(String id, OutputStream out) throws IOException {
        IngestResults.successful(get(id), out);
    }

    public void writeFailed(String id, OutputStream out) throws IOException {
        IngestResults.failed(get(id), out);
    }

    public void writeUnprocessed(String id, OutputStream out) throws IOException {
        IngestResults.unprocessed(get(id), out);
    }

    /** Forgets every job (a reset): queued jobs never start, jobs being processed stop at their next row. */
    public void clear() {
        jobs.values().forEach(job -> {
            job.moveIf(JobState.UploadComplete, JobState.Aborted, now());
            job.moveIf(JobState.InProgress, JobState.Aborted, now());
        });
        jobs.clear();
    }

    private void run(IngestJob job) {
        if (!job.moveIf(JobState.UploadComplete, JobState.InProgress, now())) {
            return;
        }
        if (job.uploads() == 0) {
            job.fail("InvalidBatch : No data was uploaded for this job", now());
            return;
        }
        try {
            processor.process(job);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Bulk job " + job.id() + " failed: " + e);
            job.fail("InternalServerError : " + e.getMessage(), now());
        }
        LOG.fine(() -> "Bulk job " + job.id() + " ended " + job.info().state());
    }

    private Executor executor() {
        return executor != null ? executor : managedExecutor;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
