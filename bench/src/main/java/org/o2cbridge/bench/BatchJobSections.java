package org.o2cbridge.bench;

import java.util.List;
import java.util.Map;

import static org.o2cbridge.bench.Report.first;
import static org.o2cbridge.bench.Report.fmt;
import static org.o2cbridge.bench.Report.line;
import static org.o2cbridge.bench.Report.max;
import static org.o2cbridge.bench.Report.median;
import static org.o2cbridge.bench.Report.of;
import static org.o2cbridge.bench.Report.verdict;

/**
 * The results of the batch-job parts: the historical migration beside a dry run of the same range,
 * and the nightly invoice sync at volume.
 */
final class BatchJobSections {

    private static final double TARGET_RECORDS_PER_SECOND = 20_000;
    private static final double HEAP_CAP_MB = 512;

    private BatchJobSections() {
    }

    static String migration(List<Map<String, String>> rows) {
        List<Map<String, String>> runs = of(rows, r -> r.get("kind").equals("migration"));
        StringBuilder md = new StringBuilder();
        md.append("### Historical migration (").append(fmt(median(runs, "orders"), 0)).append(" orders of 3 lines = ")
                .append(fmt(median(runs, "records"), 0)).append(" records; ").append(first(runs, "partitions"))
                .append(" partitions, chunks of ").append(first(runs, "chunk")).append(" orders; bridge heap capped at 512 MB)\n\n");
        md.append("From the job's start call to its execution's end, NetSuite (SuiteQL, no added latency) to Salesforce "
                + "(Bulk API 2.0 ingest, orders then lines per chunk), both the sandbox's; the simulator's counts "
                + "checked after each run. The dry run reads the same range and writes nothing: the reading "
                + "ceiling of the same run.\n\n");
        md.append("| figure | ").append(runs.size() > 1 ? "median" : "value").append(" | target |\n| --- | ---: | --- |\n");
        md.append(line("elapsed, start → COMPLETED", fmt(median(runs, "elapsedMs"), 0) + " ms", ""));
        double rate = median(runs, "recordsPerSecond");
        md.append(line("**records per second, end to end**", fmt(rate, 0),
                verdict("≥ 20,000", rate >= TARGET_RECORDS_PER_SECOND)));
        md.append(line("dry run of the same range (reading only)", fmt(median(runs, "dryRunMs"), 0) + " ms", ""));
        md.append(line("records per second read", fmt(median(runs, "readRecordsPerSecond"), 0), ""));
        md.append(line("load ÷ dry run", fmt(median(runs, "loadOverRead"), 2), ""));
        md.append(line("Salesforce calls (Bulk API: create, upload, close, polls, delete per job)",
                fmt(median(runs, "sfCalls"), 0), ""));
        md.append(line("Salesforce calls per 1,000 records", fmt(median(runs, "sfCallsPer1000Records"), 3), ""));
        double heap = max(runs, "peakHeapMb");
        md.append(line("bridge's peak used heap (sampled every 250 ms; most in a run) of its maximum",
                fmt(heap, 0) + " of " + first(runs, "maxHeapMb") + " MB", verdict("≤ 512 MB", heap <= HEAP_CAP_MB)));
        md.append("\nEach run:\n\n| run | elapsed | records/s | dry run | Salesforce calls | peak heap |\n"
                + "| ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Map<String, String> run : runs) {
            md.append("| ").append(run.get("run")).append(" | ").append(run.get("elapsedMs")).append(" ms | ")
                    .append(run.get("recordsPerSecond")).append(" | ").append(run.get("dryRunMs")).append(" ms | ")
                    .append(run.get("sfCalls")).append(" | ").append(run.get("peakHeapMb")).append(" MB |\n");
        }
        return md.toString();
    }

    static String billing(List<Map<String, String>> rows) {
        List<Map<String, String>> runs = of(rows, r -> r.get("kind").equals("billing"));
        StringBuilder md = new StringBuilder();
        md.append("### Nightly invoice sync (").append(fmt(median(runs, "invoices"), 0))
                .append(" invoices of 1,000 synced orders, chunks of 200, SuiteQL pages of 1,000)\n\n");
        md.append("From the job's start call to its execution's end: NetSuite's invoices changed since the watermark "
                + "(SuiteQL, no added latency), linked to their Salesforce orders through the cross-references, upserted "
                + "as `Invoice__c` with sObject Collections (200 a call); the simulator's count checked after each run.\n\n");
        md.append("| figure | ").append(runs.size() > 1 ? "median" : "value").append(" | target |\n| --- | ---: | --- |\n");
        double elapsed = median(runs, "elapsedMs");
        md.append(line("**elapsed, start → COMPLETED**", fmt(elapsed, 0) + " ms", verdict("< 60,000 ms", elapsed < 60_000)));
        md.append(line("invoices per second", fmt(median(runs, "invoicesPerSecond"), 0), ""));
        md.append(line("Salesforce calls", fmt(median(runs, "sfCalls"), 0), ""));
        md.append(line("Salesforce calls per 1,000 records", fmt(median(runs, "sfCallsPer1000Records"), 2),
                "5 (200 a call)"));
        md.append(line("NetSuite calls (SuiteQL pages)", fmt(median(runs, "netsuiteCalls"), 0), ""));
        md.append("\nEach run:\n\n| run | elapsed | invoices/s | Salesforce calls |\n| ---: | ---: | ---: | ---: |\n");
        for (Map<String, String> run : runs) {
            md.append("| ").append(run.get("run")).append(" | ").append(run.get("elapsedMs")).append(" ms | ")
                    .append(run.get("invoicesPerSecond")).append(" | ").append(run.get("sfCalls")).append(" |\n");
        }
        return md.toString();
    }
}
