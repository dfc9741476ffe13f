package org.o2cbridge.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.o2cbridge.bench.Report.first;
import static org.o2cbridge.bench.Report.fmt;
import static org.o2cbridge.bench.Report.max;
import static org.o2cbridge.bench.Report.median;
import static org.o2cbridge.bench.Report.of;
import static org.o2cbridge.bench.Report.pair;
import static org.o2cbridge.bench.Report.row;
import static org.o2cbridge.bench.Report.verdict;

/** The results of the acceptance part (beside pgbench) and of the dispatch part (NetSuite). */
final class CoreSections {

    private CoreSections() {
    }

    static String acceptance(List<Map<String, String>> rows) {
        List<Map<String, String>> accept = of(rows, r -> r.get("kind").equals("accept"));
        List<Map<String, String>> pgbench = of(rows, r -> r.get("kind").equals("pgbench"));
        StringBuilder md = new StringBuilder();
        List<Map<String, String>> single = of(accept, r -> "1".equals(r.getOrDefault("batch", "1")));
        List<Map<String, String>> batched = of(accept, r -> !"1".equals(r.getOrDefault("batch", "1")));
        List<Map<String, String>> paced = of(rows, r -> r.get("kind").equals("accept-rate"));
        String batch = first(batched, "batch");
        double tps = median(pgbench, "tps");
        md.append("### Order-event acceptance (dispatch switched off: `o2c.outbox.enabled=false`)\n\n");
        md.append("| figure | median | target | |\n| --- | ---: | ---: | --- |\n");
        double eps1 = median(single, "eventsPerSecond");
        double epsN = median(batched, "eventsPerSecond");
        md.append(row(new StringBuilder("accepted order events per second, ").append(first(accept, "clients"))
                .append(" connections kept busy, **").append(batch).append(" orders per request** (the package's batch)"),
                fmt(epsN, 0), "≥ 1,000", epsN >= 1000));
        md.append(row(new StringBuilder("… p50 / p99 latency of a request of ").append(batch).append(" orders"),
                fmt(median(batched, "p50Ms"), 1) + " / " + fmt(median(batched, "p99Ms"), 1) + " ms", "", null));
        md.append(row(new StringBuilder("accepted order events per second, ").append(first(accept, "clients"))
                .append(" connections kept busy, **1 order per request**"), fmt(eps1, 0), "≥ 1,000", eps1 >= 1000));
        md.append(row(new StringBuilder("… p50 / p99 latency of a request of 1 order"),
                fmt(median(single, "p50Ms"), 1) + " / " + fmt(median(single, "p99Ms"), 1) + " ms", "", null));
        double pacedP99 = median(paced, "p99Ms");
        md.append(row(new StringBuilder("open loop at ").append(first(paced, "offeredEventsPerSecond"))
                .append(" events/s offered in requests of ").append(first(paced, "batch"))
                .append(": events/s accepted"), fmt(median(paced, "eventsPerSecond"), 0), "", null));
        md.append(row(new StringBuilder("… p50 latency, from the time each request was due"),
                fmt(median(paced, "p50Ms"), 1) + " ms", "", null));
        md.append(row(new StringBuilder("… p99 latency, from the time each request was due"),
                fmt(pacedP99, 1) + " ms", "< 50 ms", pacedP99 < 50));
        md.append(row(new StringBuilder("pgbench, one-row insert transactions per second (same database, ")
                .append(first(pgbench, "clients")).append(" clients)"), fmt(tps, 0), "baseline", null));
        md.append(row(new StringBuilder("accepted events per second ÷ pgbench inserts per second (")
                .append(batch).append(" / 1 orders per request)"), fmt(epsN / tps, 3) + " / " + fmt(eps1 / tps, 3), "", null));
        md.append(row(new StringBuilder("pgbench average latency"), fmt(median(pgbench, "latencyMs"), 2) + " ms", "", null));
        md.append(row(new StringBuilder("bridge CPU time per accepted event (its process, user + system; ")
                .append(batch).append(" / 1 orders per request)"), fmt(median(batched, "bridgeCpuMsPerEvent"), 3)
                + " / " + fmt(median(single, "bridgeCpuMsPerEvent"), 3) + " ms", "", null));
        md.append(row(new StringBuilder("cores the bridge kept busy (").append(batch).append(" / 1 orders per request)"),
                fmt(median(batched, "bridgeCores"), 2) + " / " + fmt(median(single, "bridgeCores"), 2), "", null));
        if (single.stream().anyMatch(r -> r.containsKey("clientCores"))) {
            md.append(row(new StringBuilder("cores the load client took on the same machine (").append(batch)
                    .append(" / 1 orders per request)"), fmt(median(batched, "clientCores"), 2) + " / "
                    + fmt(median(single, "clientCores"), 2), "", null));
        }
        md.append(row(new StringBuilder("whole machine busy during the windows (").append(batch)
                        .append(" / 1 orders per request)"), fmt(median(batched, "machineBusyPercent"), 0) + " / "
                        + fmt(median(single, "machineBusyPercent"), 0) + " %", "", null));
        md.append('\n');

        md.append("Every run:\n\n");
        md.append("| run | load | orders per request | events/s | p50 ms | p99 ms | max ms | failed "
                + "| bridge CPU ms/event | machine busy | pgbench tps | pgbench ms |\n");
        md.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Map<String, String> a : of(rows, r -> r.get("kind").startsWith("accept"))) {
            Map<String, String> p = of(pgbench, r -> r.get("run").equals(a.get("run"))).stream().findFirst().orElse(Map.of());
            String load = a.get("kind").equals("accept-rate")
                    ? "open loop, " + a.get("offeredEventsPerSecond") + " events/s"
                    : "closed loop, " + a.get("clients") + " connections";
            md.append("| ").append(a.get("run")).append(" | ").append(load).append(" | ")
                    .append(a.getOrDefault("batch", "1")).append(" | ").append(a.get("eventsPerSecond")).append(" | ")
                    .append(a.get("p50Ms")).append(" | ").append(a.get("p99Ms")).append(" | ").append(a.get("maxMs"))
                    .append(" | ").append(a.get("failed")).append(" | ").append(a.getOrDefault("bridgeCpuMsPerEvent", "–"))
                    .append(" | ").append(a.getOrDefault("machineBusyPercent", "–")).append(" %")
                    .append(" | ").append(p.getOrDefault("tps", "–")).append(" | ")
                    .append(p.getOrDefault("latencyMs", "–")).append(" |\n");
        }
        md.append('\n');
        return md.toString();
    }

    static String netsuite(List<Map<String, String>> rows) {
        List<Map<String, String>> fresh = of(rows, r -> r.get("kind").equals("dispatch") && "new".equals(r.get("customers")));
        List<Map<String, String>> known = of(rows, r -> r.get("kind").equals("dispatch") && "known".equals(r.get("customers")));
        StringBuilder md = new StringBuilder();
        md.append("### Dispatch to NetSuite (limit ").append(first(fresh, "limit")).append(", ")
                .append(first(fresh, "latencyMs")).append(" ms latency, ").append(first(fresh, "orders"))
                .append(" orders of 2 lines at once)\n\n");
        md.append("| figure | new customers | known customers | target |\n| --- | ---: | ---: | --- |\n");
        md.append(pair("elapsed, batch sent → every sales order in NetSuite with its number read", fresh, known,
                "elapsedMs", 0, " ms", ""));
        md.append(pair("of which after the 202 answer", fresh, known, "elapsedAfterAcceptMs", 0, " ms", ""));
        md.append(pair("NetSuite calls (served; throttled ones aside)", fresh, known, "nsCalls", 0, "", ""));
        md.append(pair("of which SuiteQL number reads (`POST suiteql`)", fresh, known, "nsSuiteQlCalls", 0, "", ""));
        md.append(pair("orders per SuiteQL number read", fresh, known, "ordersPerSuiteQlCall", 1, "", ""));
        md.append(pair("limit-bound minimum = calls × latency ÷ limit", fresh, known, "minimumMs", 0, " ms", ""));
        md.append(pair("share of the ceiling (minimum ÷ elapsed)", fresh, known, "ceilingShare", 3, "",
                verdict("≥ 0.90", median(fresh, "ceilingShare") >= 0.9 && median(known, "ceilingShare") >= 0.9)));
        md.append(pair("NetSuite's mean time per served call (the latency, or its own work where that took longer)", fresh, known,
                "nsMeanServedMs", 1, " ms", ""));
        md.append(pair("the bridge's mean time per NetSuite call (request sent → answer read)", fresh, known,
                "bridgeMeanCallMs", 1, " ms", ""));
        md.append(pair("share of the ceiling at the calls' real duration (Σ served time ÷ limit ÷ elapsed)", fresh,
                known, "servedCeilingShare", 3, "", ""));
        md.append(pair("the bridge's CPU per order during the wave (all its threads)", fresh, known,
                "bridgeCpuMsPerOrder", 2, " ms", ""));
        md.append(pair("the bridge's JIT compiler during the wave (cores, of the machine's "
                + Runtime.getRuntime().availableProcessors() + ")", fresh, known, "bridgeJitCores", 2, "", ""));
        md.append(pair("elapsed ÷ minimum", fresh, known, "elapsedOverMinimum", 3, "",
                verdict("≤ 1.3 (issue's acceptance test)",
                        median(fresh, "elapsedOverMinimum") <= 1.3 && median(known, "elapsedOverMinimum") <= 1.3)));
        int maxConcurrency = (int) Math.max(max(fresh, "nsMaxConcurrency"), max(known, "nsMaxConcurrency"));
        md.append("| highest NetSuite concurrency seen (whole benchmark) | ").append(maxConcurrency).append(" | ")
                .append(maxConcurrency).append(" | ").append(verdict("≤ " + first(fresh, "limit"),
                        maxConcurrency <= Integer.parseInt(first(fresh, "limit")))).append(" |\n");
        md.append(pair("NetSuite calls refused as over the limit (429)", fresh, known, "nsThrottled", 0, "", ""));
        md.append(pair("NetSuite record calls per order (customer and order upserts, reads)", fresh, known,
                "nsRecordCallsPerOrder", 2, "", verdict("1 for a known customer",
                        median(known, "nsRecordCallsPerOrder") <= 1.0)));
        md.append(pair("NetSuite calls per order, SuiteQL reads included", fresh, known, "nsCallsPerOrder", 2, "", ""));
        md.append(pair("Salesforce write-back calls (`PATCH composite/sobjects`)", fresh, known, "sfWriteBackCalls", 0, "", ""));
        md.append(pair("write-backs per Salesforce call", fresh, known, "writeBacksPerSfCall", 1, "",
                verdict("200 (one call per 200 write-backs)", median(fresh, "writeBacksPerSfCall") >= 200
                        && median(known, "writeBacksPerSfCall") >= 200)));
        md.append(pair("all write-backs done, from the batch sent", fresh, known, "writeBackDoneMs", 0, " ms", ""));
        md.append('\n');
        md.append("Every run:\n\n");
        md.append("| run | customers | elapsed ms | after 202 ms | NetSuite calls | 429s | minimum ms | share of ceiling "
                + "| highest concurrency so far | NetSuite calls/order | Salesforce write-back calls | synced |\n");
        md.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        List<Map<String, String>> waves = new ArrayList<>(of(rows, r -> r.get("kind").equals("dispatch")));
        for (Map<String, String> w : waves) {
            md.append("| ").append(w.get("run")).append(" | ").append(w.get("customers")).append(" | ")
                    .append(w.get("elapsedMs")).append(" | ").append(w.get("elapsedAfterAcceptMs")).append(" | ")
                    .append(w.get("nsCalls")).append(" | ").append(w.get("nsThrottled")).append(" | ")
                    .append(w.get("minimumMs")).append(" | ").append(w.get("ceilingShare")).append(" | ")
                    .append(w.get("nsMaxConcurrency")).append(" | ").append(w.get("nsCallsPerOrder")).append(" | ")
                    .append(w.get("sfWriteBackCalls")).append(" | ").append(w.get("synced")).append("/")
                    .append(w.get("orders")).append(" |\n");
        }
        md.append('\n');
        return md.toString();
    }
}
