package org.o2cbridge.sandbox.salesforce.bulk;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.apache.commons.csv.CSVPrinter;
import org.o2cbridge.sandbox.salesforce.IdSequence;
import org.o2cbridge.sandbox.salesforce.data.SObjectRecord;
import org.o2cbridge.sandbox.salesforce.data.SalesforceApiException;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

/**
 * Bulk API 2.0 query jobs, {@code /jobs/query}: a job is created in {@code UploadComplete} with a
 * query of the supported SOQL subset (checked at once), runs in the background, and once
 * {@code JobComplete} answers its records as CSV pages of at most {@code maxRecords}, each naming
 * the next page's locator ({@code null} on the last). Results of a job that has not completed
 * answer 412 {@code JOB_NOT_COMPLETE}.
 */
@ApplicationScoped
public class QueryJobService {

    /** Records per page when the client does not say. */
    public static final int DEFAULT_MAX_RECORDS = 50_000;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private final Map<String, QueryJob> jobs = new ConcurrentHashMap<>();
    private SalesforceOrg org;
    private IdSequence ids;
    private Clock clock;
    private Executor executor;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService managedExecutor;

    protected QueryJobService() {
    }

    @Inject
    public QueryJobService(SalesforceOrg org) {
        this(org, null, Clock.systemUTC());
    }

    public QueryJobService(SalesforceOrg org, Executor executor, Clock clock) {
        this.org = org;
        this.ids = IdSequence.startingNow();
        this.clock = clock;
        this.executor = executor;
    }

    /** One page of results: its CSV writer, how many records it holds, and the next page's locator. */
    public record Page(StreamingCsv csv, int numberOfRecords, String locator) {
    }

    /** Writes a page's CSV. */
    public interface StreamingCsv {
        void write(OutputStream out) throws IOException;
    }

    public QueryJob create(JsonObject request, String apiVersion) {
        String operation = BulkRequests.text(request, "operation").orElse("");
        if (!operation.equals("query") && !operation.equals("queryAll")) {
            throw BulkRequests.invalidJob("InvalidJob : Invalid operation: " + operation + "; use query or queryAll");
        }
        SoqlQuery query = SoqlParser.parse(request.get("query") instanceof JsonString text ? text.getString() : null);
        QueryJob job = new QueryJob(ids.next("750"), operation, query, BulkRequests.dialect(request), apiVersion,
                org.integrationUserId(), now());
        jobs.put(job.id(), job);
        executor().execute(() -> run(job));
        return job;
    }

    public QueryJob get(String id) {
        QueryJob job = jobs.get(id);
        if (job == null) {
            throw SalesforceApiException.notFound();
        }
        return job;
    }

    /** {@code PATCH …/{id}} with {@code {"state":"Aborted"}}, the one move a client makes. */
    public QueryJob abort(String id, JsonObject request) {
        QueryJob job = get(id);
        String wanted = BulkRequests.text(request, "state").orElse(String.valueOf(request.get("state")));
        if (!wanted.equals(JobState.Aborted.name())) {
            throw BulkRequests.invalidState("Invalid state " + wanted + " for a query job: use Aborted");
        }
        synchronized (job) {
            JobState current = job.state();
            if (current.finished()) {
                throw BulkRequests.invalidState("Aborting already " + BulkRequests.describe(current) + " Job not allowed");
            }
            job.moveIf(current, JobState.Aborted, now());
        }
        return job;
    }

    public void delete(String id) {
        QueryJob job = get(id);
        synchronized (job) {
            if (job.state() == JobState.InProgress) {
                throw BulkRequests.invalidState("Job " + id + " is in progress; abort it or wait for it to end");
            }
            job.moveIf(JobState.UploadComplete, JobState.Aborted, now());
            jobs.remove(id);
        }
    }

    /** {@code GET …/{id}/results?locator=&maxRecords=}. */
    public Page results(String id, String locator, Integer maxRecords) {
        QueryJob job = get(id);
        JobState state = job.state();
        if (state != JobState.JobComplete) {
            throw new SalesforceApiException(412, "JOB_NOT_COMPLETE", "can only download query results of successfully "
                    + "completed bulk job with status: JOB_COMPLETE. Current status: " + upperSnake(state), List.of());
        }
        int size = maxRecords == null ? DEFAULT_MAX_RECORDS : maxRecords;
        if (size < 1) {
            throw new SalesforceApiException(400, "INVALIDREQUEST", "maxRecords must be a positive number: " + size, List.of());
        }
        List<SObjectRecord> records = job.results();
        int from = offset(locator, records.size());
        int to = (int) Math.min(records.size(), (long) from + size);
        String nextLocator = to < records.size() ? Base64.getEncoder().withoutPadding()
                .encodeToString(String.valueOf(to).getBytes(StandardCharsets.US_ASCII)) : "null";
        return new Page(out -> write(job, records.subList(from, to), out), to - from, nextLocator);
    }

    public void clear() {
        jobs.values().forEach(job -> job.moveIf(JobState.UploadComplete, JobState.Aborted, now()));
        jobs.clear();
    }

    private void run(QueryJob job) {
        if (!job.moveIf(JobState.UploadComplete, JobState.InProgress, now())) {
            return;
        }
        long started = System.nanoTime();
        SoqlQuery query = job.query();
        List<SObjectRecord> found = new ArrayList<>();
        for (SObjectRecord record : org.all(query.object())) {
            if (query.limit() != null && found.size() >= query.limit()) {
                break;
            }
            if (query.conditions().stream().allMatch(condition -> condition.matches(record, org))) {
                found.add(record);
            }
        }
        job.complete(found, (System.nanoTime() - started) / 1_000_000, now());
    }

    private void write(QueryJob job, List<SObjectRecord> page, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, job.dialect().writing());
        List<SoqlQuery.Column> columns = job.query().columns();
        printer.printRecord(columns.stream().map(SoqlQuery.Column::label).toList());
        for (SObjectRecord record : page) {
            for (SoqlQuery.Column column : columns) {
                printer.print(format(column.valueOf(record, org)));
            }
            printer.println();
        }
        printer.flush();
    }

    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Instant instant) {
            return DATE_TIME.format(instant);
        }
        return value.toString();
    }

    private static int offset(String locator, int total) {
        if (locator == null || locator.isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(new String(Base64.getDecoder().decode(locator), StandardCharsets.US_ASCII));
            if (offset >= 0 && offset <= total) {
                return offset;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new SalesforceApiException(400, "INVALIDLOCATOR", "Invalid locator: " + locator, List.of());
    }

    private static String upperSnake(JobState state) {
        return state.name().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }

    private Executor executor() {
        return executor != null ? executor : managedExecutor;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
