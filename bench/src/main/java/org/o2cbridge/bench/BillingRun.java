package org.o2cbridge.bench;

import jakarta.json.JsonObject;
import org.o2cbridge.bench.SalesforceOrders.SfOrder;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One run of the nightly invoice sync at volume: {@code orders} Salesforce orders are synced to the
 * sandbox's NetSuite through the bridge (not timed), NetSuite is given {@code invoicesPerOrder}
 * invoices for each (none paid or credited, so every document is an invoice), changed after
 * anything an earlier run wrote, and the invoice-payment-sync job then runs through the admin API.
 * Timed from the start call to the execution's end; the simulator's {@code Invoice__c} count is
 * checked; Salesforce and NetSuite calls come from the simulators' counters.
 */
final class BillingRun {

    private static final long TIMEOUT_MILLIS = 1_200_000;
    private static final int REQUEST_SIZE = 200;

    private BillingRun() {
    }

    static void run(Map<String, String> options) throws Exception {
        String bridge = Bench.required(options, "bridge");
        String sandbox = Bench.required(options, "sandbox");
        String authorization = "Basic " + Base64.getEncoder().encodeToString(("operator:"
                + Bench.required(options, "operator-password")).getBytes(StandardCharsets.UTF_8));
        int orders = Integer.parseInt(options.getOrDefault("orders", "1000"));
        int invoicesPerOrder = Integer.parseInt(options.getOrDefault("invoices-per-order", "100"));
        int run = Integer.parseInt(options.getOrDefault("run", "0"));
        Path orgKey = Path.of(Bench.required(options, "org-key"));

        List<SfOrder> created = SalesforceOrders.create(sandbox, orders, null, null);
        List<String> orderIds = created.stream().map(SfOrder::orderId).toList();
        String token = Tokens.mint(orgKey);
        for (int from = 0; from < created.size(); from += REQUEST_SIZE) {
            Http.post(bridge + "/api/v1/order-events", token,
                    SalesforceOrders.batch(created.subList(from, Math.min(created.size(), from + REQUEST_SIZE)), null))
                    .expect(202, "an order-event batch");
        }
        try (Connection db = DriverManager.getConnection(Bench.required(options, "db-url"))) {
            OutboxProgress.of(db, orderIds).awaitDone("order.write-back", orders, System.nanoTime(), TIMEOUT_MILLIS);
        }
        // each run's documents change after every earlier run's: 100 days apart from 2030 on
        Instant since = Instant.parse("2030-01-01T00:00:00Z").plus(Duration.ofDays(100L * run + 100));
        String named = orderIds.stream().map(Http::quote).collect(Collectors.joining(","));
        JsonObject plan = Http.put(sandbox + "/sandbox/api/netsuite/billing?limit=0", "{\"seed\":" + (7000 + run)
                + ",\"invoicesPerOrder\":" + invoicesPerOrder + ",\"paidShare\":0,\"creditShare\":0,\"unlinkedInvoices\":0,"
                + "\"since\":\"" + since + "\",\"orders\":[" + named + "]}").expect(200, "billing plan").json();
        int documents = orders * invoicesPerOrder;

        long invoicesBefore = count(sandbox, "Invoice__c");
        JsonObject sfBefore = ErpCalls.stats(sandbox, "salesforce");
        JsonObject nsBefore = ErpCalls.stats(sandbox, "netsuite");
        long started = System.nanoTime();
        long id = Http.send(HttpRequest.newBuilder(URI.create(bridge + "/api/v1/admin/jobs/invoice-payment-sync/executions"))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", authorization)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"pageSize\":1000}")))
                .expect(201, "invoice sync start").json().getJsonNumber("executionId").longValue();
        JsonObject execution;
        while (true) {
            execution = Http.send(HttpRequest.newBuilder(URI.create(bridge + "/api/v1/admin/jobs/executions/" + id))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", authorization).GET()).expect(200, "execution").json();
            String status = execution.getString("batchStatus");
            if (status.equals("COMPLETED")) {
                break;
            }
            if (!status.equals("STARTING") && !status.equals("STARTED")) {
                throw new IllegalStateException("The invoice sync ended " + status + ": " + execution);
            }
            if ((System.nanoTime() - started) / 1_000_000 > TIMEOUT_MILLIS) {
                throw new IllegalStateException("The invoice sync did not end within 20 minutes: " + execution);
            }
            Thread.sleep(100);
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        long written = count(sandbox, "Invoice__c") - invoicesBefore;
        if (written != documents) {
            throw new IllegalStateException("Salesforce gained " + written + " invoices, not " + documents + "; the run: "
                    + execution + "; NetSuite holds " + plan.getJsonArray("documents").size() + " documents");
        }
        long sfCalls = ErpCalls.delta(sfBefore, ErpCalls.stats(sandbox, "salesforce"), "calls");
        long nsCalls = ErpCalls.delta(nsBefore, ErpCalls.stats(sandbox, "netsuite"), "calls");
        LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
        figures.put("run", run);
        figures.put("invoices", documents);
        figures.put("elapsedMs", elapsedMs);
        figures.put("invoicesPerSecond", String.format(Locale.ROOT, "%.0f", documents * 1000.0 / elapsedMs));
        figures.put("sfCalls", sfCalls);
        figures.put("sfCallsPer1000Records", String.format(Locale.ROOT, "%.2f", sfCalls * 1000.0 / documents));
        figures.put("netsuiteCalls", nsCalls);
        if (options.containsKey("warmup")) {
            System.out.println("billing warm-up done: " + figures);
            return;
        }
        Bench.record(Path.of(Bench.required(options, "results")), "billing", figures);
    }

    private static long count(String sandbox, String sObject) throws Exception {
        return Http.get(sandbox + "/sandbox/api/salesforce/records/" + sObject + "?limit=0", null).expect(200, "records")
                .json().getJsonNumber("count").longValue();
    }
}
