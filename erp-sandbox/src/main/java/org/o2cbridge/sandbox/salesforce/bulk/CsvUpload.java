package org.o2cbridge.sandbox.salesforce.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.o2cbridge.sandbox.salesforce.data.SalesforceApiException;

/**
 * One CSV upload to an ingest job, read as it arrives: the first row becomes the job's columns and
 * every other row one array of values, so the upload never exists as one text. Past the limit the
 * read stops with 413; CSV that cannot be parsed, or a row as wide as no header, answers 400
 * {@code API_ERROR}.
 */
final class CsvUpload {

    private final InputStream body;
    private final long limit;

    CsvUpload(InputStream body, long limit) {
        this.body = new LimitedInputStream(body, limit);
        this.limit = limit;
    }

    void readInto(IngestJob job) {
        try (Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, job.dialect().reading())) {
            int width = -1;
            for (CSVRecord record : parser) {
                if (width < 0) {
                    job.setColumns(record.toList());
                    width = record.size();
                } else if (record.size() != width) {
                    throw BulkRequests.apiError("Row " + record.getRecordNumber() + " has " + record.size()
                            + " values; the header has " + width);
                } else {
                    job.addRow(record.values());
                }
            }
        } catch (LimitedInputStream.LimitExceeded e) {
            throw tooLarge();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof LimitedInputStream.LimitExceeded) {
                throw tooLarge();
            }
            throw BulkRequests.apiError("Unparseable CSV: " + e.getMessage());
        }
    }

    /** Reads a second upload to its end and keeps nothing: closing the job will refuse it. */
    void discard() {
        try {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (LimitedInputStream.LimitExceeded e) {
            throw tooLarge();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SalesforceApiException tooLarge() {
        return new SalesforceApiException(413, "EXCEEDED_MAX_SIZE", "The upload exceeds " + limit
                + " bytes of CSV, 150 MB once base64-encoded; split the data into several jobs", List.of());
    }
}
