package org.o2cbridge.bench;

import jakarta.json.JsonObject;
import org.o2cbridge.bench.SalesforceOrders.SfOrder;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One dispatch run to one ERP ({@code --erp netsuite|sap|d365}, orders of {@code --legal-entity}
 * where the bridge routes by it): a wave of {@code orders} orders for new accounts, then a second
 * wave of as many orders for the same accounts (known customers). Each wave is sent as the package
 * sends activated orders: requests of {@code request-size} order events (the package's default
 * batch, 50; the contract allows 200), all posted at once as its parallel Queueable jobs do, for
 * orders that exist in the sandbox's Salesforce org, so the write-backs land on real records. The
 * clock starts when the first request is sent and stops
 * when the bridge recorded the last sales-order upsert of the wave done and, where the ERP's upsert
 * answered no order number (NetSuite), the last number read that followed (the outbox's
 * {@code completed_at}, found by polling the database every 20 ms); then the run waits for
 * the write-backs, checks every order's {@code syncState} through the order API, and reads the
 * calls from the simulators' counters (differences of before and after, {@link ErpCalls}).
 */
final class DispatchRun {

    private static final long WAVE_TIMEOUT_MILLIS = 180_000;
    private static final long WRITE_BACK_TIMEOUT_MILLIS = 60_000;
    /** Order events per request in the package's default setting ({@code OrderSyncSettings.batchSize}). */
    private static final int PACKAGE_BATCH = 50;

    private DispatchRun() {
    }

    static void run(Map<String, String> options) throws Exception {
        String bridge = Bench.required(options, "bridge");
        String sandbox = Bench.required(options, "sandbox");
        String erp = options.getOrDefault("erp", "netsuite");
        String legalEntity = options.get("legal-entity");
        int bridgeLimit = Integer.parseInt(options.getOrDefault("limit", "0"));
        int orders = Integer.parseInt(options.getOrDefault("orders", "200"));
        int requestSize = Integer.parseInt(options.getOrDefault("request-size", String.valueOf(PACKAGE_BATCH)));
        long bridgePid = Long.parseLong(options.getOrDefault("bridge-pid", "0"));
        boolean warmup = options.containsKey("warmup");
        Path orgKey = Path.of(Bench.required(options, "org-key"));
        try (Connection db = DriverManager.getConnection(Bench.required(options, "db-url"))) {
            Wave wave = new Wave(bridge, sandbox, erp, legalEntity, bridgeLimit, orgKey, db, requestSize, bridgePid);
            List<SfOrder> first = SalesforceOrders.create(sandbox, orders, null, legalEntity);
            Map<String, Object> newCustomers = wave.measure(first);
            List<String> accounts = first.stream().map(SfOrder::accountId).toList();
            List<SfOrder> second = SalesforceOrders.create(sandbox, orders, accounts, legalEntity);
            Map<String, Object> knownCustomers = wave.measure(second);
            if (warmup) {
                System.out.println("dispatch warm-up done: " + newCustomers + " / " + knownCustomers);
                return;
            }
            Path results = Path.of(Bench.required(options, "results"));
            String kind = erp.equals("netsuite") ? "dispatch" : "erp-dispatch";
            record(results, kind, options, "new", newCustomers);
            record(results, kind, options, "known", knownCustomers);
        }
    }

    private static void record(Path results, String kind, Map<String, String> options, String customers,
                               Map<String, Object> wave) throws Exception {
        LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
        if (!kind.equals("dispatch")) {
            figures.put("erp", options.get("erp"));
        }
        figures.put("run", options.getOrDefault("run", "1"));
        figures.put("customers", customers);
        figures.putAll(wave);
        Bench.record(results, kind, figures);
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private record Wave(String bridge, String sandbox, String erp, String legalEntity, int bridgeLimit, Path orgKey,
                        Connection db, int requestSize, long bridgePid) {

        Map<String, Object> measure(List<SfOrder> wave) throws Exception {
            JsonObject settings = Http.get(sandbox + "/sandbox/api/" + erp + "/settings", null)
                    .expect(200, erp + " settings").json();
            JsonObject erpBefore = ErpCalls.stats(sandbox, erp);
            BridgeCallTimes callsBefore = BridgeCallTimes.read(bridge, erp);
            JsonObject salesforceBefore = ErpCalls.stats(sandbox, "salesforce");
            String token = Tokens.mint(orgKey);
            List<String> batches = new ArrayList<>();
            for (int from = 0; from < wave.size(); from += requestSize) {
                batches.add(SalesforceOrders.batch(wave.subList(from, Math.min(wave.size(), from + requestSize)),
                        legalEntity));
            }
            List<String> orderIds = wave.stream().map(SfOrder::orderId).toList();

            ExecutorService senders = Executors.newFixedThreadPool(batches.size());
            BridgeCpu cpuBefore = bridgePid > 0 ? BridgeCpu.read(bridgePid) : null;
            long started = System.nanoTime();
            Instant startedAt = Instant.now();
            int accepted = 0;
            try {
                List<Future<Http.Answer>> answers = new ArrayList<>();
                for (String batch : batches) {
                    answers.add(senders.submit(() -> Http.post(bridge + "/api/v1/order-events", token, batch)
                            .expect(202, "an order-event batch")));
                }
                for (Future<Http.Answer> answer : answers) {
                    accepted += answer.get().json().getInt("accepted");
                }
            } finally {
                senders.shutdownNow();
            }
            long acceptedAt = System.nanoTime();
            if (accepted != wave.size()) {
                throw new IllegalStateException("the wave was not accepted whole: " + accepted + " of " + wave.size());
            }
            OutboxProgress progress = OutboxProgress.of(db, orderIds);
            long upsertedAt = progress.awaitDone("sales-order.upsert", wave.size(), started, WAVE_TIMEOUT_MILLIS);
            long syncedAt = Math.max(upsertedAt, progress.awaitDone("sales-order.read-number",
                    progress.rowsOf("sales-order.read-number"), started, WAVE_TIMEOUT_MILLIS));
            // the clock stops when the bridge recorded the last step done, not when a poll saw it
            Instant lastDone = latest(progress.lastCompleted("sales-order.upsert"),
                    progress.lastCompleted("sales-order.read-number"));
            long elapsedMs = lastDone == null ? (syncedAt - started) / 1_000_000
                    : Duration.between(startedAt, lastDone).toMillis();
            BridgeCpu cpuAfter = bridgePid > 0 ? BridgeCpu.read(bridgePid) : null;
            long writtenBackAt = progress.awaitDone("order.write-back", wave.size(), started, WRITE_BACK_TIMEOUT_MILLIS);
            int synced = ErpCalls.synced(bridge, token, orderIds);
            JsonObject erpAfter = ErpCalls.stats(sandbox, erp);
            BridgeCallTimes callsAfter = BridgeCallTimes.read(bridge, erp);
            JsonObject salesforceAfter = ErpCalls.stats(sandbox, "salesforce");

            LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
            figures.put("orders", wave.size());
            int simulatorLimit = settings.getInt("concurrencyLimit");
            figures.put("limit", ErpCalls.effectiveLimit(simulatorLimit, bridgeLimit));
            figures.put("latencyMs", settings.getInt("latencyMillis"));
            figures.put("acceptMs", (acceptedAt - started) / 1_000_000);
            figures.put("bridgeMeanCallMs", ErpCalls.fmt(1, callsAfter.meanSince(callsBefore)));
            figures.put("elapsedMs", elapsedMs);
            figures.put("elapsedAfterAcceptMs", elapsedMs - (acceptedAt - started) / 1_000_000);
            if (cpuBefore != null) {
                figures.put("bridgeCpuMsPerOrder", ErpCalls.fmt(2, cpuAfter.millisPerOrderSince(cpuBefore, wave.size())));
                figures.put("bridgeJitCores", ErpCalls.fmt(2, cpuAfter.compilerCoresSince(cpuBefore, elapsedMs)));
            }
            if (erp.equals("netsuite")) {
                figures.putAll(ErpCalls.netsuite(erpBefore, erpAfter, settings, wave.size(), elapsedMs));
            } else {
                figures.putAll(ErpCalls.of(erp, erpBefore, erpAfter, simulatorLimit, bridgeLimit,
                        settings.getInt("latencyMillis"), wave.size(), elapsedMs));
            }
            long sfWriteBackCalls = ErpCalls.operationDelta(salesforceBefore, salesforceAfter, "PATCH composite/sobjects");
            figures.put("sfCalls", ErpCalls.delta(salesforceBefore, salesforceAfter, "calls"));
            figures.put("sfWriteBackCalls", sfWriteBackCalls);
            figures.put("writeBacksPerSfCall", String.format("%.1f", (double) wave.size() / Math.max(1, sfWriteBackCalls)));
            figures.put("writeBackDoneMs", (writtenBackAt - started) / 1_000_000);
            figures.put("synced", synced);
            int duplicates = ErpCalls.notCreatedOnce(erpAfter, orderIds);
            figures.put("salesOrdersNotCreatedExactlyOnce", duplicates);
            if (synced != wave.size() || duplicates != 0) {
                throw new IllegalStateException("wave incomplete: " + figures);
            }
            return figures;
        }
    }
}
