package org.o2cbridge.sandbox.salesforce.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an ingest job's result files as a stream, one row at a time, in upload order:
 * {@code successfulResults} ({@code sf__Id}, {@code sf__Created}, then the row as uploaded),
 * {@code failedResults} ({@code sf__Id}, {@code sf__Error}, then the row) and
 * {@code unprocessedrecords} (the rows not processed, as uploaded). Before the job has finished
 * they hold the rows processed so far.
 */
final class IngestResults {

    private IngestResults() {
    }

    static void successful(IngestJob job, OutputStream out) throws IOException {
        write(job, out, List.of("sf__Id", "sf__Created"), true, (outcome, printer) -> {
            if (outcome.error() == null) {
                printer.print(outcome.recordId());
                printer.print(String.valueOf(outcome.created()));
                return true;
            }
            return false;
        });
    }

    static void failed(IngestJob job, OutputStream out) throws IOException {
        write(job, out, List.of("sf__Id", "sf__Error"), true, (outcome, printer) -> {
            if (outcome.error() != null) {
                printer.print(outcome.recordId() == null ? "" : outcome.recordId());
                printer.print(outcome.error());
                return true;
            }
            return false;
        });
    }

    static void unprocessed(IngestJob job, OutputStream out) throws IOException {
        write(job, out, List.of(), false, (outcome, printer) -> true);
    }

    /** Prints the leading result columns of a row, or answers false to leave the row out. */
    private interface Selection {
        boolean lead(IngestJob.Outcome outcome, CSVPrinter printer) throws IOException;
    }

    private static void write(IngestJob job, OutputStream out, List<String> lead, boolean processedRows,
                              Selection selection) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, job.dialect().writing());
        List<String> header = new ArrayList<>(lead);
        header.addAll(job.columns());
        printer.printRecord(header);
        int processed = job.processed();
        int from = processedRows ? 0 : processed;
        int to = processedRows ? processed : job.rowsHeld();
        for (int i = from; i < to; i++) {
            IngestJob.Outcome outcome = processedRows ? job.outcome(i) : new IngestJob.Outcome(job.row(i), null, false, null);
            if (selection.lead(outcome, printer)) {
                for (String value : outcome.row()) {
                    printer.print(value);
                }
                printer.println();
            }
        }
        printer.flush();
    }
}
