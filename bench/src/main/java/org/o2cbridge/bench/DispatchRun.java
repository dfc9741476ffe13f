package org.o2cbridge.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One dispatch run: a wave of {@code orders} orders for new accounts, then a second wave of as many
 * orders for the same accounts (known customers). Each wave is sent as one batch of order events
 * (the contract's maximum is 200), for orders that exist in the sandbox's Salesforce org, so the
 * write-backs land on real records. The clock starts when the batch is sent and stops when the
 * database shows every sales-order upsert of the wave done and, where the ERP's upsert answered no
 * order number (NetSuite), every number read that followed it; then the run waits for the
 * write-backs, checks every order's {@code syncState} through the order API, and reads the calls
 * from the simulators' counters (differences of before and after).
 */
final class DispatchRun {

    private static final String[] CATALOG = {"WID-100", "WID-200", "SVC-INSTALL"};
    private static final long POLL_MILLIS = 20;
    private static final long WAVE_TIMEOUT_MILLIS = 180_000;
    private static final long WRITE_BACK_TIMEOUT_MILLIS = 60_000;

    private record SfOrder(String orderId, String accountId, String orderNumber, List<String> itemIds,
                           List<String> productCodes) {
    }

    private DispatchRun() {
    }

    static void run(Map<String, String> options) throws Exception {
        String bridge = Bench.required(options, "bridge");
        String sandbox = Bench.required(options, "sandbox");
        int orders = Integer.parseInt(options.getOrDefault("orders", "200"));
        boolean warmup = options.containsKey("warmup");
        Path orgKey = Path.of(Bench.required(options, "org-key"));
        try (Connection db = DriverManager.getConnection(Bench.required(options, "db-url"))) {
            List<SfOrder> first = createOrders(sandbox, orders, null);
            Map<String, Object> newCustomers = wave(bridge, sandbox, orgKey, db, first);
            List<String> accounts = first.stream().map(SfOrder::accountId).toList();
            List<SfOrder> second = createOrders(sandbox, orders, accounts);
            Map<String, Object> knownCustomers = wave(bridge, sandbox, orgKey, db, second);
            if (warmup) {
                System.out.println("dispatch warm-up done: " + newCustomers + " / " + knownCustomers);
                return;
            }
            Path results = Path.of(Bench.required(options, "results"));
            record(results, options, "new", newCustomers);
            record(results, options, "known", knownCustomers);
        }
    }

    private static void record(Path results, Map<String, String> options, String customers, Map<String, Object> wave)
            throws Exception {
        LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
        figures.put("run", options.getOrDefault("run", "1"));
        figures.put("customers", customers);
        figures.putAll(wave);
        Bench.record(results, "dispatch", figures);
    }

    private static Map<String, Object> wave(String bridge, String sandbox, Path orgKey, Connection db, List<SfOrder> wave)
            throws Exception {
        JsonObject settings = Http.get(sandbox + "/sandbox/api/netsuite/settings", null)
                .expect(200, "NetSuite settings").json();
        int limit = settings.getInt("concurrencyLimit");
        int latency = settings.getInt("latencyMillis");
        JsonObject netsuiteBefore = stats(sandbox, "netsuite");
        JsonObject salesforceBefore = stats(sandbox, "salesforce");
        String token = Tokens.mint(orgKey);
        String batch = batch(wave);
        List<String> orderIds = wave.stream().map(SfOrder::orderId).toList();

        long started = System.nanoTime();
        Http.Answer answer = Http.post(bridge + "/api/v1/order-events", token, batch).expect(202, "the order-event batch");
        long acceptedAt = System.nanoTime();
        if (answer.json().getInt("accepted") != wave.size()) {
            throw new IllegalStateException("the batch was not accepted whole: " + answer.body());
        }
        Array ids = db.createArrayOf("varchar", orderIds.toArray());
        long[] eventIds = eventIds(db, ids);
        Array events = db.createArrayOf("bigint", java.util.Arrays.stream(eventIds).boxed().toArray());
        long upsertedAt = awaitDone(db, events, "sales-order.upsert", wave.size(), started, WAVE_TIMEOUT_MILLIS);
        long syncedAt = Math.max(upsertedAt, awaitDone(db, events, "sales-order.read-number",
                rowsOf(db, events, "sales-order.read-number"), started, WAVE_TIMEOUT_MILLIS));
        long elapsedMs = (syncedAt - started) / 1_000_000;
        long writtenBackAt = awaitDone(db, events, "order.write-back", wave.size(), started, WRITE_BACK_TIMEOUT_MILLIS);

        int synced = 0;
        for (String orderId : orderIds) {
            Http.Answer status = Http.get(bridge + "/api/v1/orders/" + orderId, token);
            if (status.status() == 200 && "SYNCED".equals(status.json().getString("syncState"))) {
                synced++;
            }
        }
        JsonObject netsuiteAfter = stats(sandbox, "netsuite");
        JsonObject salesforceAfter = stats(sandbox, "salesforce");
        JsonObject created = netsuiteAfter.getJsonObject("recordsCreatedByExternalId");
        int duplicates = 0;
        for (String orderId : orderIds) {
            if (created.getInt(orderId, 0) != 1) {
                duplicates++;
            }
        }
        long nsCalls = delta(netsuiteBefore, netsuiteAfter, "calls");
        long nsThrottled = delta(netsuiteBefore, netsuiteAfter, "throttled");
        long nsServed = nsCalls - nsThrottled - delta(netsuiteBefore, netsuiteAfter, "unavailable");
        long minimumMs = nsServed * latency / limit;
        long sfWriteBackCalls = operationDelta(salesforceBefore, salesforceAfter, "PATCH composite/sobjects");

        LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
        figures.put("orders", wave.size());
        figures.put("limit", limit);
        figures.put("latencyMs", latency);
        figures.put("acceptMs", (acceptedAt - started) / 1_000_000);
        figures.put("elapsedMs", elapsedMs);
        figures.put("elapsedAfterAcceptMs", (syncedAt - acceptedAt) / 1_000_000);
        figures.put("nsCalls", nsCalls);
        figures.put("nsThrottled", nsThrottled);
        figures.put("nsCustomerCalls", operationDelta(netsuiteBefore, netsuiteAfter, "PUT customer"));
        figures.put("nsSalesOrderCalls", operationDelta(netsuiteBefore, netsuiteAfter, "PUT salesOrder"));
        long nsQueries = operationDelta(netsuiteBefore, netsuiteAfter, "POST suiteql");
        figures.put("nsSuiteQlCalls", nsQueries);
        figures.put("ordersPerSuiteQlCall", String.format("%.1f", (double) wave.size() / Math.max(1, nsQueries)));
        figures.put("minimumMs", minimumMs);
        figures.put("ceilingShare", String.format("%.3f", (double) minimumMs / elapsedMs));
        figures.put("elapsedOverMinimum", String.format("%.3f", (double) elapsedMs / minimumMs));
        // What the simulator really took per call (latency plus its own work), summed over the calls:
        // the bound the limit puts on the wave when calls take as long as they did.
        long servedMs = delta(netsuiteBefore, netsuiteAfter, "servedMillis");
        figures.put("nsMeanServedMs", String.format("%.1f", (double) servedMs / Math.max(1, nsServed)));
        figures.put("servedMinimumMs", servedMs / limit);
        figures.put("servedCeilingShare", String.format("%.3f", (double) servedMs / limit / elapsedMs));
        figures.put("nsMaxConcurrency", netsuiteAfter.getInt("maxConcurrency"));
        figures.put("nsCallsPerOrder", String.format("%.3f", (double) nsCalls / wave.size()));
        figures.put("nsRecordCallsPerOrder", String.format("%.3f", (double) (nsCalls - nsQueries) / wave.size()));
        figures.put("sfCalls", delta(salesforceBefore, salesforceAfter, "calls"));
        figures.put("sfWriteBackCalls", sfWriteBackCalls);
        figures.put("writeBacksPerSfCall", String.format("%.1f", (double) wave.size() / Math.max(1, sfWriteBackCalls)));
        figures.put("writeBackDoneMs", (writtenBackAt - started) / 1_000_000);
        figures.put("synced", synced);
        figures.put("salesOrdersNotCreatedExactlyOnce", duplicates);
        if (synced != wave.size() || duplicates != 0) {
            throw new IllegalStateException("wave incomplete: " + figures);
        }
        return figures;
    }

    private static long[] eventIds(Connection db, Array orderIds) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select id from inbound_event where sf_order_id = any(?)")) {
            s.setArray(1, orderIds);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /** How many rows of the action the events have. */
    private static int rowsOf(Connection db, Array events, String action) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "select count(*) from outbox where action = ? and inbound_event_id = any(?)")) {
            s.setString(1, action);
            s.setArray(2, events);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Polls until {@code expected} rows of the action are done for the events; answers when (nanoTime). */
    private static long awaitDone(Connection db, Array events, String action, int expected, long started,
                                  long timeoutMillis) throws Exception {
        String sql = "select count(*) filter (where status = 'DONE'), count(*) filter (where status = 'DEAD') "
                + "from outbox where action = ? and inbound_event_id = any(?)";
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, action);
            s.setArray(2, events);
            while (true) {
                long now = System.nanoTime();
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getInt(2) > 0) {
                        throw new IllegalStateException(rs.getInt(2) + " " + action + " went dead");
                    }
                    if (rs.getInt(1) >= expected) {
                        return now;
                    }
                }
                if ((now - started) / 1_000_000 > timeoutMillis) {
                    throw new IllegalStateException(action + " not done for every order in " + timeoutMillis + " ms");
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    private static JsonObject stats(String sandbox, String system) throws Exception {
        return Http.get(sandbox + "/sandbox/api/" + system + "/stats", null).expect(200, system + " stats").json();
    }

    private static long delta(JsonObject before, JsonObject after, String key) {
        return after.getJsonNumber(key).longValue() - before.getJsonNumber(key).longValue();
    }

    private static long operationDelta(JsonObject before, JsonObject after, String operation) {
        return after.getJsonObject("callsByOperation").getInt(operation, 0)
                - before.getJsonObject("callsByOperation").getInt(operation, 0);
    }

    /** Draft orders in the sandbox's Salesforce org, for new accounts or for the given ones. */
    private static List<SfOrder> createOrders(String sandbox, int count, List<String> accountIds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SfOrder>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> createOrder(sandbox, n, accountIds == null ? null : accountIds.get(n))));
            }
            List<SfOrder> created = new ArrayList<>();
            for (Future<SfOrder> future : futures) {
                created.add(future.get());
            }
            return created;
        } finally {
            pool.shutdownNow();
        }
    }

    private static SfOrder createOrder(String sandbox, int n, String accountId) throws Exception {
        List<String> codes = List.of(CATALOG[n % 3], CATALOG[(n + 1) % 3]);
        String account = accountId != null ? "\"accountId\":" + Http.quote(accountId)
                : "\"account\":{\"name\":\"Bench Account " + n + "\","
                + "\"billingAddress\":{\"street\":\"100 Market Street\",\"city\":\"San Francisco\",\"state\":\"CA\","
                + "\"postalCode\":\"94105\",\"country\":\"US\"}}";
        String body = "{" + account + ",\"currency\":\"USD\",\"effectiveDate\":\"2026-11-20\",\"poNumber\":\"PO-" + n
                + "\",\"lines\":[{\"productCode\":\"" + codes.get(0) + "\",\"quantity\":10,\"unitPrice\":12.5,"
                + "\"unitOfMeasure\":\"EA\"},{\"productCode\":\"" + codes.get(1) + "\",\"quantity\":2,"
                + "\"unitPrice\":27,\"unitOfMeasure\":\"EA\"}]}";
        JsonObject created = Http.post(sandbox + "/sandbox/api/salesforce/orders", null, body)
                .expect(201, "creating a Salesforce order in the sandbox").json();
        List<String> items = created.getJsonArray("orderItemIds").getValuesAs(JsonValue.class).stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList();
        return new SfOrder(created.getString("orderId"), created.getString("accountId"),
                created.getString("orderNumber"), items, codes);
    }

    /** The order-event batch the package would send for these orders (contract/order-event.schema.json). */
    private static String batch(List<SfOrder> orders) {
        StringBuilder json = new StringBuilder("{\"orders\":[");
        for (int i = 0; i < orders.size(); i++) {
            SfOrder o = orders.get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"sfOrderId\":\"").append(o.orderId()).append("\",")
                    .append("\"idempotencyKey\":\"").append(o.orderId()).append(":2026-11-20T09:15:00.000Z\",")
                    .append("\"orderNumber\":\"").append(o.orderNumber()).append("\",")
                    .append("\"effectiveDate\":\"2026-11-20\",\"currency\":\"USD\",\"poNumber\":\"PO-").append(i)
                    .append("\",\"account\":{\"sfAccountId\":\"").append(o.accountId())
                    .append("\",\"name\":\"Bench Account ").append(o.accountId()).append("\",")
                    .append("\"billingAddress\":{\"street\":\"100 Market Street\",\"city\":\"San Francisco\",")
                    .append("\"state\":\"CA\",\"postalCode\":\"94105\",\"country\":\"US\"}},\"lines\":[");
            for (int l = 0; l < o.itemIds().size(); l++) {
                if (l > 0) {
                    json.append(',');
                }
                json.append("{\"sfOrderItemId\":\"").append(o.itemIds().get(l)).append("\",\"productCode\":\"")
                        .append(o.productCodes().get(l)).append("\",\"quantity\":").append(l == 0 ? 10 : 2)
                        .append(",\"unitPrice\":").append(l == 0 ? "12.5" : "27").append(",\"unitOfMeasure\":\"EA\"}");
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }
}
