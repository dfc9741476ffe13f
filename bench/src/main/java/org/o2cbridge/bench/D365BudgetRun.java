package org.o2cbridge.bench;

import jakarta.json.JsonObject;
import org.o2cbridge.bench.SalesforceOrders.SfOrder;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dynamics 365 under a user-based request budget: {@code orders} orders (2,000) of
 * {@code accounts} accounts (200) routed to D365, with the simulator refusing more than
 * {@code budget} requests (600) in any sliding window of {@code window-seconds} (60) and the bridge
 * set to the same budget. The first batch has one order per account and creates the customers;
 * when their customer steps are done the other orders follow in batches of 200, back to back, so
 * no two orders of one new account race to create it. The clock runs from the first batch sent
 * until every sales order is in D365.
 *
 * <p>The budget-bound minimum of {@code n} calls is {@code (ceil(n / budget) - 1) × window + latency}:
 * in a sliding window the first {@code budget} requests may all go at once, request {@code n} no
 * earlier than {@code ceil(n / budget) - 1} windows after the first, and the last one then takes
 * its latency. That is the least time any client could take without a 429; the average rate
 * ({@code n ÷ budget × window}) is recorded beside it but is the gentler yardstick, since it
 * charges the first window's burst as if it had been paced. The report holds the elapsed time
 * against the minimum of the calls the orders need (one per order, one per new customer), so
 * calls the bridge makes beyond them count against it.
 */
final class D365BudgetRun {

    private static final int BATCH = 200;
    private static final long CUSTOMERS_TIMEOUT_MILLIS = 120_000;
    private static final long RUN_TIMEOUT_MILLIS = 1_200_000;
    private static final long WRITE_BACK_TIMEOUT_MILLIS = 120_000;

    private D365BudgetRun() {
    }

    static void run(Map<String, String> options) throws Exception {
        String bridge = Bench.required(options, "bridge");
        String sandbox = Bench.required(options, "sandbox");
        String legalEntity = Bench.required(options, "legal-entity");
        int orders = Integer.parseInt(options.getOrDefault("orders", "2000"));
        int accounts = Integer.parseInt(options.getOrDefault("accounts", "200"));
        int budget = Integer.parseInt(options.getOrDefault("budget", "600"));
        int window = Integer.parseInt(options.getOrDefault("window-seconds", "60"));
        Path orgKey = Path.of(Bench.required(options, "org-key"));
        if (accounts > BATCH || accounts > orders) {
            throw new IllegalArgumentException("--accounts must be at most 200 and at most --orders");
        }
        Http.put(sandbox + "/sandbox/api/d365/budget", "{\"requests\":" + budget + ",\"windowSeconds\":" + window + "}")
                .expect(200, "the D365 budget");
        JsonObject settings = Http.get(sandbox + "/sandbox/api/d365/settings", null).expect(200, "D365 settings").json();
        int latency = settings.getInt("latencyMillis");

        List<SfOrder> first = SalesforceOrders.create(sandbox, accounts, null, legalEntity);
        List<String> accountIds = first.stream().map(SfOrder::accountId).toList();
        List<SfOrder> rest = SalesforceOrders.create(sandbox, orders - accounts, accountIds, legalEntity);
        List<String> orderIds = new ArrayList<>(first.stream().map(SfOrder::orderId).toList());
        rest.forEach(o -> orderIds.add(o.orderId()));

        try (Connection db = DriverManager.getConnection(Bench.required(options, "db-url"))) {
            JsonObject d365Before = ErpCalls.stats(sandbox, "d365");
            JsonObject salesforceBefore = ErpCalls.stats(sandbox, "salesforce");
            String token = Tokens.mint(orgKey);
            long started = System.nanoTime();
            send(bridge, token, first, legalEntity);
            OutboxProgress.of(db, first.stream().map(SfOrder::orderId).toList())
                    .awaitDone("customer.upsert", first.size(), started, CUSTOMERS_TIMEOUT_MILLIS);
            long customersAt = System.nanoTime();
            for (int i = 0; i < rest.size(); i += BATCH) {
                send(bridge, token, rest.subList(i, Math.min(rest.size(), i + BATCH)), legalEntity);
            }
            long sentAt = System.nanoTime();
            OutboxProgress progress = OutboxProgress.of(db, orderIds);
            long doneAt = progress.awaitDone("sales-order.upsert", orderIds.size(), started, RUN_TIMEOUT_MILLIS);
            JsonObject d365After = ErpCalls.stats(sandbox, "d365");
            long writtenBackAt = progress.awaitDone("order.write-back", orderIds.size(), doneAt, WRITE_BACK_TIMEOUT_MILLIS);
            int synced = ErpCalls.synced(bridge, Tokens.mint(orgKey), orderIds);
            JsonObject salesforceAfter = ErpCalls.stats(sandbox, "salesforce");

            long elapsedMs = (doneAt - started) / 1_000_000;
            long served = ErpCalls.served(d365Before, d365After);
            long minimumMs = ((served + budget - 1) / budget - 1) * window * 1000L + latency;
            long rateMinimumMs = served * window * 1000L / budget;
            Map<String, Long> operations = ErpCalls.operations(d365Before, d365After);
            long reads = operations.entrySet().stream().filter(e -> e.getKey().startsWith("GET "))
                    .mapToLong(Map.Entry::getValue).sum();
            long calls = ErpCalls.delta(d365Before, d365After, "calls");
            long sfWriteBackCalls = ErpCalls.operationDelta(salesforceBefore, salesforceAfter, "PATCH composite/sobjects");

            LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
            figures.put("run", options.getOrDefault("run", "1"));
            figures.put("orders", orderIds.size());
            figures.put("accounts", accounts);
            figures.put("budget", budget);
            figures.put("windowSeconds", window);
            figures.put("bridgeBudgetMarginMs", options.getOrDefault("margin-ms", "?"));
            figures.put("bridgeBudgetMaxWaitMs", options.getOrDefault("max-wait-ms", "?"));
            figures.put("limit", ErpCalls.effectiveLimit(settings.getInt("concurrencyLimit"),
                    Integer.parseInt(options.getOrDefault("limit", "0"))));
            figures.put("latencyMs", latency);
            figures.put("customersDoneMs", (customersAt - started) / 1_000_000);
            figures.put("allSentMs", (sentAt - started) / 1_000_000);
            figures.put("elapsedMs", elapsedMs);
            figures.put("calls", calls);
            figures.put("servedCalls", served);
            figures.put("writeCalls", calls - reads);
            figures.put("readCalls", reads);
            figures.put("operations", ErpCalls.operationList(operations));
            figures.put("minimumMs", minimumMs);
            figures.put("elapsedOverMinimum", ErpCalls.fmt(3, (double) elapsedMs / minimumMs));
            figures.put("rateMinimumMs", rateMinimumMs);
            figures.put("elapsedOverRateMinimum", ErpCalls.fmt(3, (double) elapsedMs / rateMinimumMs));
            figures.put("throttled", ErpCalls.delta(d365Before, d365After, "throttled"));
            figures.put("overBudget", ErpCalls.delta(d365Before, d365After, "overBudget"));
            figures.put("unavailable", ErpCalls.delta(d365Before, d365After, "unavailable"));
            figures.put("unauthorized", ErpCalls.delta(d365Before, d365After, "unauthorized"));
            figures.put("tokenRequests", ErpCalls.delta(d365Before, d365After, "tokenRequests"));
            figures.put("maxConcurrency", d365After.getInt("maxConcurrency"));
            figures.put("salesOrderAttempts", progress.attempts("sales-order.upsert"));
            figures.put("mostAttempts", progress.mostAttempts("sales-order.upsert"));
            figures.put("callsPerOrder", ErpCalls.fmt(3, (double) calls / orderIds.size()));
            figures.put("writeCallsPerOrder", ErpCalls.fmt(3, (double) (calls - reads) / orderIds.size()));
            figures.put("readCallsPerOrder", ErpCalls.fmt(3, (double) reads / orderIds.size()));
            figures.put("sfWriteBackCalls", sfWriteBackCalls);
            figures.put("writeBacksPerSfCall", ErpCalls.fmt(1, (double) orderIds.size() / Math.max(1, sfWriteBackCalls)));
            figures.put("writeBackDoneMs", (writtenBackAt - started) / 1_000_000);
            figures.put("synced", synced);
            int duplicates = ErpCalls.notCreatedOnce(d365After, orderIds);
            figures.put("salesOrdersNotCreatedExactlyOnce", duplicates);
            Bench.record(Path.of(Bench.required(options, "results")), "d365-budget", figures);
            if (synced != orderIds.size() || duplicates != 0) {
                throw new IllegalStateException("run incomplete: " + figures);
            }
        }
    }

    private static void send(String bridge, String token, List<SfOrder> orders, String legalEntity) throws Exception {
        Http.Answer answer = Http.post(bridge + "/api/v1/order-events", token, SalesforceOrders.batch(orders, legalEntity))
                .expect(202, "an order-event batch");
        if (answer.json().getInt("accepted") != orders.size()) {
            throw new IllegalStateException("the batch was not accepted whole: " + answer.body());
        }
    }
}
