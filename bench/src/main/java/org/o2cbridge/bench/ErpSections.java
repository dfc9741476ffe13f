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

/** The results of the erp part (SAP and D365 waves) and of the d365-budget part. */
final class ErpSections {

    private static final List<String> ERPS = List.of("sap", "d365");
    private static final Map<String, String> NAMES = Map.of("sap", "SAP S/4HANA", "d365", "Dynamics 365");

    private ErpSections() {
    }

    static String waves(List<Map<String, String>> rows) {
        List<Map<String, String>> all = of(rows, r -> r.get("kind").equals("erp-dispatch"));
        List<List<Map<String, String>>> columns = ERPS.stream().flatMap(erp -> List.of("new", "known").stream()
                .map(customers -> of(all, r -> erp.equals(r.get("erp")) && customers.equals(r.get("customers")))))
                .toList();
        StringBuilder md = new StringBuilder();
        md.append("### Dispatch to SAP S/4HANA and Dynamics 365 (limit ").append(first(all, "limit")).append(", ")
                .append(first(all, "latencyMs")).append(" ms latency, ").append(first(all, "orders"))
                .append(" orders of 2 lines at once, no request budget)\n\n");
        md.append("| figure | SAP, new customers | SAP, known customers | D365, new customers | D365, known customers |\n");
        md.append("| --- | ---: | ---: | ---: | ---: |\n");
        md.append(row("elapsed, batch sent → every sales order in the ERP with its number", columns, "elapsedMs", 0, " ms"));
        md.append(row("of which after the 202 answer", columns, "elapsedAfterAcceptMs", 0, " ms"));
        md.append(row("calls to the ERP", columns, "calls", 0, ""));
        md.append(row("of which served (refused ones aside)", columns, "servedCalls", 0, ""));
        md.append(row("write calls per order (creates, the D365 `$batch`)", columns, "writeCallsPerOrder", 2, ""));
        md.append(row("read calls per order (look-ups by key; SAP's CSRF fetch)", columns, "readCallsPerOrder", 2, ""));
        md.append(row("calls per order, all", columns, "callsPerOrder", 2, ""));
        md.append(text("calls by operation (run 1)", columns, "operations"));
        md.append(row("limit-bound minimum = served calls × latency ÷ limit", columns, "minimumMs", 0, " ms"));
        md.append(row("share of the ceiling (minimum ÷ elapsed)", columns, "ceilingShare", 3, ""));
        md.append(row("the ERP's mean time per served call (the latency, or its own work where that took longer)", columns, "meanServedMs", 1, " ms"));
        md.append(row("the bridge's mean time per call (request sent → answer read)", columns, "bridgeMeanCallMs", 1, " ms"));
        md.append(row("share of the ceiling at the calls' real duration (Σ served time ÷ limit ÷ elapsed)", columns,
                "servedCeilingShare", 3, ""));
        md.append(row("the bridge's CPU per order during the wave (all its threads)", columns, "bridgeCpuMsPerOrder", 2, " ms"));
        md.append(row("the bridge's JIT compiler during the wave (cores)", columns, "bridgeJitCores", 2, ""));
        md.append(row("elapsed ÷ minimum", columns, "elapsedOverMinimum", 3, ""));
        md.append("| highest concurrency seen (each ERP, whole part; limit ").append(first(all, "limit")).append(")");
        for (List<Map<String, String>> column : columns) {
            md.append(" | ").append(fmt(max(column, "maxConcurrency"), 0));
        }
        md.append(" |\n");
        md.append(row("calls refused with 429", columns, "throttled", 0, ""));
        md.append("| Entra ID token fetches (D365; the warm-up fetched the first) | – | –");
        for (List<Map<String, String>> column : columns.subList(2, 4)) {
            md.append(" | ").append(fmt(median(column, "tokenRequests"), 0));
        }
        md.append(" |\n");
        md.append(row("Salesforce write-back calls (`PATCH composite/sobjects`)", columns, "sfWriteBackCalls", 0, ""));
        md.append(row("write-backs per Salesforce call", columns, "writeBacksPerSfCall", 1, ""));
        md.append(row("all write-backs done, from the batch sent", columns, "writeBackDoneMs", 0, " ms"));
        md.append('\n');
        md.append("Every run:\n\n");
        md.append("| ERP | run | customers | elapsed ms | calls | 429s | minimum ms | share of ceiling "
                + "| highest concurrency so far | calls/order (writes + reads) | Salesforce write-back calls | synced |\n");
        md.append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Map<String, String> w : all) {
            md.append("| ").append(NAMES.get(w.get("erp"))).append(" | ").append(w.get("run")).append(" | ")
                    .append(w.get("customers")).append(" | ").append(w.get("elapsedMs")).append(" | ")
                    .append(w.get("calls")).append(" | ").append(w.get("throttled")).append(" | ")
                    .append(w.get("minimumMs")).append(" | ").append(w.get("ceilingShare")).append(" | ")
                    .append(w.get("maxConcurrency")).append(" | ").append(w.get("callsPerOrder")).append(" (")
                    .append(w.get("writeCallsPerOrder")).append(" + ").append(w.get("readCallsPerOrder")).append(") | ")
                    .append(w.get("sfWriteBackCalls")).append(" | ").append(w.get("synced")).append("/")
                    .append(w.get("orders")).append(" |\n");
        }
        return md.toString();
    }

    static String budget(List<Map<String, String>> rows) {
        List<Map<String, String>> runs = of(rows, r -> r.get("kind").equals("d365-budget"));
        StringBuilder md = new StringBuilder();
        md.append("### Dynamics 365 under its request budget (").append(fmt(median(runs, "orders"), 0))
                .append(" orders of ").append(first(runs, "accounts")).append(" accounts, ").append(first(runs, "budget"))
                .append(" requests per ").append(first(runs, "windowSeconds")).append(" s sliding window)\n\n");
        md.append("| figure | ").append(runs.size() > 1 ? "median" : "value").append(" | target |\n| --- | ---: | --- |\n");
        md.append(line("simulator: budget, limit, latency", first(runs, "budget") + " per " + first(runs, "windowSeconds")
                + " s, " + first(runs, "limit") + " at once, " + first(runs, "latencyMs") + " ms", ""));
        md.append(line("bridge: `o2c.d365.request-budget` / `-window-seconds` / `-margin-ms` / `-max-wait-ms`",
                first(runs, "budget") + " / " + first(runs, "windowSeconds") + " / " + first(runs, "bridgeBudgetMarginMs")
                        + " / " + first(runs, "bridgeBudgetMaxWaitMs"), "the simulator's budget"));
        md.append(line("elapsed, first batch sent → every sales order in D365 (customers created first)",
                fmt(median(runs, "elapsedMs"), 0) + " ms", ""));
        md.append(line("… of which until the " + first(runs, "accounts") + " customers were created",
                fmt(median(runs, "customersDoneMs"), 0) + " ms", ""));
        md.append(line("… until every batch of 200 was sent", fmt(median(runs, "allSentMs"), 0) + " ms", ""));
        md.append(line("D365 calls (served; refused ones aside)", fmt(median(runs, "calls"), 0) + " ("
                + fmt(median(runs, "servedCalls"), 0) + ")", ""));
        md.append(line("calls by operation (run 1)", "`" + first(runs, "operations").replace(",", ", ").replace('_', ' ')
                + "`", ""));
        md.append(line("write / read calls per order (customers' creates included)", fmt(median(runs, "writeCallsPerOrder"), 3)
                + " / " + fmt(median(runs, "readCallsPerOrder"), 3), ""));
        double needed = median(runs, "orders") + median(runs, "accounts");
        double neededMinimum = budgetMinimum(needed, runs);
        md.append(line("calls the orders need: one `$batch` per order, one create per new customer", fmt(needed, 0), ""));
        md.append(line("budget-bound minimum of those = (⌈calls ÷ budget⌉ − 1) × window + latency",
                fmt(neededMinimum, 0) + " ms", ""));
        double ratio = median(runs, "elapsedMs") / neededMinimum;
        md.append(line("**elapsed ÷ minimum**", fmt(ratio, 3), verdict("≤ 1.2", ratio <= 1.2)));
        md.append(line("budget-bound minimum of the calls made (served)", fmt(median(runs, "minimumMs"), 0) + " ms", ""));
        md.append(line("elapsed ÷ that minimum", fmt(median(runs, "elapsedOverMinimum"), 3), ""));
        md.append(line("at the average rate only: served calls ÷ budget × window", fmt(median(runs, "rateMinimumMs"), 0)
                + " ms", ""));
        double refused = max(runs, "throttled");
        md.append(line("**429s from the simulator** (most in a run; of them over the budget: "
                + fmt(max(runs, "overBudget"), 0) + ")", fmt(refused, 0), verdict("0", refused == 0)));
        double tokens = max(runs, "tokenRequests");
        md.append(line("Entra ID token fetches (most in a run; tokens live 3,599 s)", fmt(tokens, 0),
                verdict("1 per token lifetime", tokens <= 1)));
        md.append(line("highest D365 concurrency", fmt(max(runs, "maxConcurrency"), 0), verdict("≤ " + first(runs, "limit"),
                max(runs, "maxConcurrency") <= Double.parseDouble(first(runs, "limit")))));
        md.append(line("sales-order attempts (a call the bridge held back for the budget is no attempt; more than one per order means a retry that may have reached F&O)",
                fmt(median(runs, "salesOrderAttempts"), 0) + " (at most " + fmt(max(runs, "mostAttempts"), 0)
                        + " for one order)", ""));
        md.append(line("Salesforce write-back calls; write-backs per call", fmt(median(runs, "sfWriteBackCalls"), 0)
                + "; " + fmt(median(runs, "writeBacksPerSfCall"), 1), ""));
        md.append(line("synced; sales orders not created exactly once", first(runs, "synced") + "/" + first(runs, "orders")
                + "; " + first(runs, "salesOrdersNotCreatedExactlyOnce"), ""));
        if (runs.size() > 1) {
            md.append("\nEvery run:\n\n| run | elapsed ms | calls | minimum of the calls made, ms | elapsed ÷ it | 429s "
                    + "| token fetches |\n");
            md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (Map<String, String> r : runs) {
                md.append("| ").append(r.get("run")).append(" | ").append(r.get("elapsedMs")).append(" | ")
                        .append(r.get("calls")).append(" | ").append(r.get("minimumMs")).append(" | ")
                        .append(r.get("elapsedOverMinimum")).append(" | ").append(r.get("throttled")).append(" | ")
                        .append(r.get("tokenRequests")).append(" |\n");
            }
        }
        return md.toString();
    }

    /** In a sliding window the first {@code budget} calls may go at once; the last then takes its latency. */
    private static double budgetMinimum(double calls, List<Map<String, String>> runs) {
        double budget = median(runs, "budget");
        return (Math.ceil(calls / budget) - 1) * median(runs, "windowSeconds") * 1000 + median(runs, "latencyMs");
    }

    private static String row(String label, List<List<Map<String, String>>> columns, String key, int decimals, String unit) {
        StringBuilder md = new StringBuilder("| ").append(label);
        for (List<Map<String, String>> column : columns) {
            md.append(" | ").append(fmt(median(column, key), decimals)).append(column.isEmpty() ? "" : unit);
        }
        return md.append(" |\n").toString();
    }

    private static String text(String label, List<List<Map<String, String>>> columns, String key) {
        StringBuilder md = new StringBuilder("| ").append(label);
        for (List<Map<String, String>> column : columns) {
            md.append(" | ").append(column.isEmpty() ? "–" : "`" + first(column, key).replace(",", ", ").replace('_', ' ') + "`");
        }
        return md.append(" |\n").toString();
    }
}
