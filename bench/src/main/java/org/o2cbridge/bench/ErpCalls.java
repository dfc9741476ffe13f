package org.o2cbridge.bench;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a measurement cost an ERP, from the simulator's counters before and after it
 * ({@code GET /sandbox/api/{system}/stats}): the calls, those served and those refused, the reads
 * apart from the writes, and the limit-bound minimum the served calls put on the elapsed time.
 */
final class ErpCalls {

    private ErpCalls() {
    }

    static JsonObject stats(String sandbox, String system) throws Exception {
        return Http.get(sandbox + "/sandbox/api/" + system + "/stats", null).expect(200, system + " stats").json();
    }

    static long delta(JsonObject before, JsonObject after, String key) {
        JsonNumber was = before.getJsonNumber(key);
        JsonNumber is = after.getJsonNumber(key);
        return is == null ? 0 : is.longValue() - (was == null ? 0 : was.longValue());
    }

    static long operationDelta(JsonObject before, JsonObject after, String operation) {
        return after.getJsonObject("callsByOperation").getInt(operation, 0)
                - before.getJsonObject("callsByOperation").getInt(operation, 0);
    }

    /** The calls of each operation between the two counters, by name. */
    static Map<String, Long> operations(JsonObject before, JsonObject after) {
        Map<String, Long> calls = new TreeMap<>();
        for (String operation : after.getJsonObject("callsByOperation").keySet()) {
            long n = operationDelta(before, after, operation);
            if (n != 0) {
                calls.put(operation, n);
            }
        }
        return calls;
    }

    /** Calls at once the ERP can be given: the simulator's limit, or the bridge's where it is lower (0 = none). */
    static int effectiveLimit(int simulatorLimit, int bridgeLimit) {
        if (simulatorLimit <= 0) {
            return bridgeLimit;
        }
        return bridgeLimit <= 0 ? simulatorLimit : Math.min(simulatorLimit, bridgeLimit);
    }

    /** Calls the simulator served: refused ones (429, 503, 401) aside. */
    static long served(JsonObject before, JsonObject after) {
        return delta(before, after, "calls") - delta(before, after, "throttled") - delta(before, after, "unavailable")
                - delta(before, after, "unauthorized");
    }

    static int notCreatedOnce(JsonObject stats, List<String> externalIds) {
        JsonObject created = stats.getJsonObject("recordsCreatedByExternalId");
        int wrong = 0;
        for (String id : externalIds) {
            if (created.getInt(id, 0) != 1) {
                wrong++;
            }
        }
        return wrong;
    }

    /** How many of the orders the bridge's order API shows {@code SYNCED}. */
    static int synced(String bridge, String token, List<String> orderIds) throws Exception {
        int synced = 0;
        for (String orderId : orderIds) {
            Http.Answer status = Http.get(bridge + "/api/v1/orders/" + orderId, token);
            if (status.status() == 200 && "SYNCED".equals(status.json().getString("syncState"))) {
                synced++;
            }
        }
        return synced;
    }

    /** NetSuite's figures: reads are the SuiteQL number reads (keys as the NetSuite tables have them). */
    static Map<String, Object> netsuite(JsonObject before, JsonObject after, JsonObject settings, int orders,
                                        long elapsedMs) {
        int limit = settings.getInt("concurrencyLimit");
        int latency = settings.getInt("latencyMillis");
        long nsCalls = delta(before, after, "calls");
        long nsServed = served(before, after);
        long minimumMs = nsServed * latency / limit;
        long nsQueries = operationDelta(before, after, "POST suiteql");
        long servedMs = delta(before, after, "servedMillis");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("nsCalls", nsCalls);
        figures.put("nsThrottled", delta(before, after, "throttled"));
        figures.put("nsCustomerCalls", operationDelta(before, after, "PUT customer"));
        figures.put("nsSalesOrderCalls", operationDelta(before, after, "PUT salesOrder"));
        figures.put("nsSuiteQlCalls", nsQueries);
        figures.put("ordersPerSuiteQlCall", fmt(1, (double) orders / Math.max(1, nsQueries)));
        figures.put("minimumMs", minimumMs);
        figures.put("ceilingShare", fmt(3, (double) minimumMs / elapsedMs));
        figures.put("elapsedOverMinimum", fmt(3, (double) elapsedMs / minimumMs));
        // What the simulator really took per call (its latency, or its own work where longer), summed over the calls:
        // the bound the limit puts on the wave when calls take as long as they did.
        figures.put("nsMeanServedMs", fmt(1, (double) servedMs / Math.max(1, nsServed)));
        figures.put("servedMinimumMs", servedMs / limit);
        figures.put("servedCeilingShare", fmt(3, (double) servedMs / limit / elapsedMs));
        figures.put("nsMaxConcurrency", after.getInt("maxConcurrency"));
        figures.put("nsCallsPerOrder", fmt(3, (double) nsCalls / orders));
        figures.put("nsRecordCallsPerOrder", fmt(3, (double) (nsCalls - nsQueries) / orders));
        return figures;
    }

    /**
     * Figures of any ERP: calls, those served, writes and reads ({@code GET}s: look-ups by key,
     * SAP's CSRF token fetch) per order, and the minimum at {@code limit} calls at once of
     * {@code latency} ms each.
     */
    static Map<String, Object> of(String system, JsonObject before, JsonObject after, int simulatorLimit,
                                  int bridgeLimit, int latencyMs, int orders, long elapsedMs) {
        int limit = effectiveLimit(simulatorLimit, bridgeLimit);
        Map<String, Long> operations = operations(before, after);
        long calls = delta(before, after, "calls");
        long served = served(before, after);
        long reads = operations.entrySet().stream().filter(e -> e.getKey().startsWith("GET "))
                .mapToLong(Map.Entry::getValue).sum();
        long servedMs = delta(before, after, "servedMillis");
        long minimumMs = limit <= 0 ? 0 : served * latencyMs / limit;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("simulatorLimit", simulatorLimit);
        figures.put("bridgeLimit", bridgeLimit);
        figures.put("calls", calls);
        figures.put("servedCalls", served);
        figures.put("throttled", delta(before, after, "throttled"));
        figures.put("overBudget", delta(before, after, "overBudget"));
        figures.put("unavailable", delta(before, after, "unavailable"));
        figures.put("writeCalls", calls - reads);
        figures.put("readCalls", reads);
        figures.put("operations", operationList(operations));
        figures.put("minimumMs", minimumMs);
        figures.put("ceilingShare", fmt(3, (double) minimumMs / elapsedMs));
        figures.put("elapsedOverMinimum", fmt(3, minimumMs == 0 ? Double.NaN : (double) elapsedMs / minimumMs));
        figures.put("meanServedMs", fmt(1, (double) servedMs / Math.max(1, served)));
        figures.put("servedMinimumMs", limit <= 0 ? 0 : servedMs / limit);
        figures.put("servedCeilingShare", fmt(3, limit <= 0 ? Double.NaN : (double) servedMs / limit / elapsedMs));
        figures.put("maxConcurrency", after.getInt("maxConcurrency"));
        figures.put("callsPerOrder", fmt(3, (double) calls / orders));
        figures.put("writeCallsPerOrder", fmt(3, (double) (calls - reads) / orders));
        figures.put("readCallsPerOrder", fmt(3, (double) reads / orders));
        figures.put("tokenRequests", delta(before, after, "tokenRequests"));
        return figures;
    }

    /** {@code GET_A_BusinessPartner:200,POST_SalesOrder:200}: one word, for a results line. */
    static String operationList(Map<String, Long> operations) {
        StringBuilder list = new StringBuilder();
        operations.forEach((operation, n) -> list.append(list.isEmpty() ? "" : ",")
                .append(operation.replace(' ', '_')).append(':').append(n));
        return list.isEmpty() ? "none" : list.toString();
    }

    static String fmt(int decimals, double value) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
