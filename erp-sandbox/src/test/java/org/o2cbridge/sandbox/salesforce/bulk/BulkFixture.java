package org.o2cbridge.sandbox.salesforce.bulk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.o2cbridge.sandbox.salesforce.IdSequence;
import org.o2cbridge.sandbox.salesforce.data.SObjectService;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

/**
 * A simulated org with its ingest jobs processed on a background thread, as on the server, and
 * the client's side of the protocol: create, upload, close, poll until finished, read results.
 */
final class BulkFixture implements AutoCloseable {

    static final URI ORIGIN = URI.create("http://localhost:8080");

    final SalesforceOrg org = new SalesforceOrg(Clock.systemUTC(), IdSequence.startingNow());
    final SObjectService records = new SObjectService(org, new IgnoredActivations());
    final ExecutorService executor = Executors.newSingleThreadExecutor();
    final IngestJobService ingest;

    BulkFixture() {
        this(IngestJobService.DOCUMENTED_MAX_UPLOAD_BYTES);
    }

    BulkFixture(long maxUploadBytes) {
        ingest = new IngestJobService(org, records, executor, maxUploadBytes, Clock.systemUTC());
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    String createJob(String request) {
        return ingest.create(json(request), "62.0", ORIGIN).id();
    }

    void upload(String jobId, String csv) {
        ingest.upload(jobId, "text/csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    void close(String jobId) {
        ingest.changeState(jobId, json("{'state':'UploadComplete'}"));
    }

    /** Creates, uploads, closes and waits for a job; answers its id. */
    String run(String request, String csv) {
        String jobId = createJob(request);
        upload(jobId, csv);
        close(jobId);
        awaitFinished(jobId);
        return jobId;
    }

    JsonObject info(String jobId) {
        return BulkJobJson.ingest(ingest.get(jobId).info(), true);
    }

    /** Polls the job like a client does, for at most 30 seconds. */
    JsonObject awaitFinished(String jobId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!ingest.get(jobId).state().finished()) {
            assertTrue(Instant.now().isBefore(deadline), "job " + jobId + " did not finish: " + info(jobId));
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        return info(jobId);
    }

    List<CSVRecord> successful(String jobId) {
        return csv(out -> ingest.writeSuccessful(jobId, out));
    }

    List<CSVRecord> failed(String jobId) {
        return csv(out -> ingest.writeFailed(jobId, out));
    }

    List<CSVRecord> unprocessed(String jobId) {
        return csv(out -> ingest.writeUnprocessed(jobId, out));
    }

    String text(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The rows of a result file, its header first. */
    private List<CSVRecord> csv(Writing writing) {
        try (CSVParser parser = CSVParser.parse(text(writing), CSVFormat.RFC4180)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
