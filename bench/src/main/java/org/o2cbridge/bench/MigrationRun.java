package org.o2cbridge.bench;

import jakarta.json.JsonObject;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One run of the historical migration: the sandbox is reset and given a history of {@code orders}
 * orders of {@code lines} lines (with an account for each customer), then the job runs twice
 * through the admin API over the whole range — first as a dry run (reading NetSuite only: the
 * baseline of the same run), then for real, loading every order and line into the sandbox's
 * Salesforce with Bulk API 2.0. Timed from the start call to the execution's end; the simulator's
 * counts are checked; Salesforce calls come from its counters; the bridge's heap is sampled from
 * its metrics every 250 ms.
 */
final class MigrationRun {

    private static final long TIMEOUT_MILLIS = 3_600_000;
    private static final String FROM = "2016-01-01";
    private static final String TO = "2026-01-01";

    private MigrationRun() {
    }

    static void run(Map<String, String> options) throws Exception {
        String bridge = Bench.required(options, "bridge");
        String sandbox = Bench.required(options, "sandbox");
        String authorization = "Basic " + Base64.getEncoder().encodeToString(("operator:"
                + Bench.required(options, "operator-password")).getBytes(StandardCharsets.UTF_8));
        int orders = Integer.parseInt(options.getOrDefault("orders", "100000"));
        int lines = Integer.parseInt(options.getOrDefault("lines", "3"));
        int partitions = Integer.parseInt(options.getOrDefault("partitions", "4"));
        int chunk = Integer.parseInt(options.getOrDefault("chunk", "2000"));
        String run = options.getOrDefault("run", "0");
        boolean warmup = options.containsKey("warmup");

        Http.post(sandbox + "/sandbox/api/reset", null, "{}").expect(200, "sandbox reset");
        Http.put(sandbox + "/sandbox/api/netsuite/history", "{\"seed\":" + (1000 + Integer.parseInt(run)) + ",\"orders\":" + orders
                + ",\"linesPerOrder\":" + lines + ",\"from\":\"" + FROM + "\",\"to\":\"" + TO + "\",\"customers\":1000}")
                .expect(200, "history plan");
        String parameters = "\"from\":\"" + FROM + "\",\"to\":\"" + TO + "\",\"partitions\":" + partitions
                + ",\"chunkSize\":" + chunk;

        Timed dryRun = timed(bridge, authorization, "{" + parameters + ",\"dryRun\":true}");
        long callsBefore = salesforceCalls(sandbox);
        Timed load = timed(bridge, authorization, "{" + parameters + "}");
        long calls = salesforceCalls(sandbox) - callsBefore;
        long loadedOrders = count(sandbox, "Order");
        long loadedLines = count(sandbox, "OrderItem");
        if (loadedOrders != orders || loadedLines != (long) orders * lines) {
            throw new IllegalStateException("Salesforce holds " + loadedOrders + " orders and " + loadedLines
                    + " lines, not " + orders + " and " + (long) orders * lines + "; the run: " + load.execution);
        }
        long records = (long) orders * (lines + 1);
        LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
        figures.put("run", run);
        figures.put("orders", orders);
        figures.put("records", records);
        figures.put("partitions", partitions);
        figures.put("chunk", chunk);
        figures.put("elapsedMs", load.millis);
        figures.put("recordsPerSecond", String.format(java.util.Locale.ROOT, "%.0f", records * 1000.0 / load.millis));
        figures.put("dryRunMs", dryRun.millis);
        figures.put("readRecordsPerSecond", String.format(java.util.Locale.ROOT, "%.0f", records * 1000.0 / dryRun.millis));
        figures.put("loadOverRead", String.format(java.util.Locale.ROOT, "%.2f", (double) load.millis / dryRun.millis));
        figures.put("sfCalls", calls);
        figures.put("sfCallsPer1000Records", String.format(java.util.Locale.ROOT, "%.3f", calls * 1000.0 / records));
        figures.put("peakHeapMb", load.peakHeapBytes < 0 ? "–" : Long.toString(load.peakHeapBytes / (1024 * 1024)));
        figures.put("maxHeapMb", load.maxHeapBytes < 0 ? "–" : Long.toString(load.maxHeapBytes / (1024 * 1024)));
        if (warmup) {
            System.out.println("migration warm-up done: " + figures);
            return;
        }
        Bench.record(Path.of(Bench.required(options, "results")), "migration", figures);
    }

    private record Timed(long millis, JsonObject execution, long peakHeapBytes, long maxHeapBytes) {
    }

    /** Starts the job, waits for it to complete, and samples the bridge's used heap meanwhile. */
    private static Timed timed(String bridge, String authorization, String parameters) throws Exception {
        AtomicLong peak = new AtomicLong(-1);
        AtomicLong max = new AtomicLong(-1);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> sampleHeap(bridge, peak, max), 0, 250, TimeUnit.MILLISECONDS);
        try {
            long started = System.nanoTime();
            Http.Answer answer = Http.send(HttpRequest.newBuilder(URI.create(bridge + "/api/v1/admin/jobs/historical-order-migration/executions"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", authorization)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(parameters)))
                    .expect(201, "migration start");
            long id = answer.json().getJsonNumber("executionId").longValue();
            while (true) {
                JsonObject execution = Http.send(HttpRequest.newBuilder(URI.create(bridge + "/api/v1/admin/jobs/executions/" + id))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", authorization).GET())
                        .expect(200, "execution").json();
                String status = execution.getString("batchStatus");
                if (status.equals("COMPLETED")) {
                    return new Timed((System.nanoTime() - started) / 1_000_000, execution, peak.get(), max.get());
                }
                if (!status.equals("STARTING") && !status.equals("STARTED")) {
                    throw new IllegalStateException("The migration ended " + status + ": " + execution);
                }
                if ((System.nanoTime() - started) / 1_000_000 > TIMEOUT_MILLIS) {
                    throw new IllegalStateException("The migration did not end within an hour: " + execution);
                }
                Thread.sleep(100);
            }
        } finally {
            sampler.shutdownNow();
        }
    }

    private static void sampleHeap(String bridge, AtomicLong peak, AtomicLong max) {
        try {
            for (String line : Http.getText(bridge + "/metrics").split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.contains("usedHeap_bytes")) {
                    long used = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    peak.accumulateAndGet(used, Math::max);
                } else if (line.contains("maxHeap_bytes")) {
                    max.set((long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
                }
            }
        } catch (Exception e) {
            // a missed sample is no result; the next one counts
        }
    }

    private static long salesforceCalls(String sandbox) throws Exception {
        return Http.get(sandbox + "/sandbox/api/salesforce/stats", null).expect(200, "salesforce stats").json()
                .getJsonNumber("calls").longValue();
    }

    private static long count(String sandbox, String sObject) throws Exception {
        return Http.get(sandbox + "/sandbox/api/salesforce/records/" + sObject + "?limit=0", null).expect(200, "records")
                .json().getJsonNumber("count").longValue();
    }
}
