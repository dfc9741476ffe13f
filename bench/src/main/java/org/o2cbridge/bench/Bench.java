package org.o2cbridge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark client that {@code bench/run} drives. Each command measures once (or writes the
 * report) and appends its figures as one line of {@code key=value} pairs to the results file:
 *
 * <pre>
 *   accept   --bridge URL --org-key PEM [--clients N] [--batch N] [--rate EVENTS_PER_S] --warmup-seconds S --seconds S --run I --results FILE
 *   dispatch --bridge URL --sandbox URL --org-key PEM --db-url JDBC --orders N --run I --results FILE [--warmup]
 *            [--erp netsuite|sap|d365 --legal-entity LE --limit BRIDGE_LIMIT]
 *   d365-budget --bridge URL --sandbox URL --org-key PEM --db-url JDBC --legal-entity LE [--orders 2000]
 *            [--accounts 200] [--budget 600] [--window-seconds 60] [--margin-ms MS] [--limit N] --run I --results FILE
 *   migrate  --bridge URL --sandbox URL --operator-password P [--orders 100000] [--lines 3] [--partitions 4]
 *            [--chunk 2000] --run I --results FILE [--warmup]
 *   billing  --bridge URL --sandbox URL --org-key PEM --db-url JDBC --operator-password P [--orders 1000]
 *            [--invoices-per-order 100] --run I --results FILE [--warmup]
 *   report   --results FILE --machine FILE --doc FILE
 * </pre>
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Bench accept|dispatch|d365-budget|migrate|billing|report --option value ...");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        switch (args[0]) {
            case "accept" -> AcceptanceLoad.run(options);
            case "dispatch" -> DispatchRun.run(options);
            case "d365-budget" -> D365BudgetRun.run(options);
            case "migrate" -> MigrationRun.run(options);
            case "billing" -> BillingRun.run(options);
            case "report" -> Report.write(options);
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option, got " + args[i]);
            }
            String key = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(key, args[++i]);
            } else {
                options.put(key, "true");
            }
        }
        return options;
    }

    static String required(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return value;
    }

    /** Appends one result line ({@code kind key=value ...}) to the results file and echoes it. */
    static void record(Path results, String kind, LinkedHashMap<String, Object> figures) throws IOException {
        StringBuilder line = new StringBuilder(kind);
        figures.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        System.out.println(line);
        Files.writeString(results, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
