package org.o2cbridge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns the results file of one {@code bench/run} into the results section of
 * {@code docs/benchmarks.md}: medians over the runs, ratios against the baselines of the same run,
 * the targets met or missed, and every run's own figures. Only the part between the two result
 * markers is replaced; the text around it is kept. Inside it each part of the benchmark
 * (acceptance, dispatch, erp, d365-budget, migration, billing) has markers of its own and says when it was measured:
 * a part this run measured is written anew, a part it did not run keeps its latest figures.
 */
final class Report {

    static final String BEGIN = "<!-- bench/run results: begin (generated; everything up to the end marker is replaced) -->";
    static final String END = "<!-- bench/run results: end -->";
    static final List<String> PARTS = List.of("acceptance", "dispatch", "erp", "d365-budget", "migration", "billing");
    private static final Map<String, Function<List<Map<String, String>>, String>> SECTIONS = Map.of(
            "acceptance", CoreSections::acceptance,
            "dispatch", CoreSections::netsuite,
            "erp", ErpSections::waves,
            "d365-budget", ErpSections::budget,
            "migration", BatchJobSections::migration,
            "billing", BatchJobSections::billing);

    private Report() {
    }

    static void write(Map<String, String> options) throws IOException {
        List<Map<String, String>> rows = read(Path.of(Bench.required(options, "results")));
        Map<String, String> machine = readProperties(Path.of(Bench.required(options, "machine")));
        Path doc = Path.of(Bench.required(options, "doc"));
        String old = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
        int begin = old.indexOf(BEGIN);
        int end = old.indexOf(END);
        boolean hasSection = begin >= 0 && end > begin;
        String section = section(rows, machine, hasSection ? old.substring(begin, end) : "");
        String text;
        if (hasSection) {
            text = old.substring(0, begin) + section + old.substring(end + END.length());
        } else if (!old.isEmpty()) {
            text = old.stripTrailing() + "\n\n" + section + "\n";
        } else {
            text = "# Benchmarks\n\nWritten by `bench/run`.\n\n" + section + "\n";
        }
        Files.writeString(doc, text, StandardCharsets.UTF_8);
        System.out.println("Wrote " + doc);
    }

    private static String section(List<Map<String, String>> rows, Map<String, String> machine, String old) {
        StringBuilder md = new StringBuilder(BEGIN).append("\n\n");
        md.append("## Latest results\n\n");
        md.append("Each part says when and on what it was measured; `bench/run --only …` writes the parts it runs "
                + "and keeps the others' latest figures.\n\n");
        for (String part : PARTS) {
            Map<String, String> measured = of(rows, r -> r.get("kind").equals("part") && part.equals(r.get("part")))
                    .stream().findFirst().orElse(null);
            String text = measured != null ? fresh(part, rows, measured, machine) : kept(old, part);
            if (text == null) {
                System.out.println("No figures for the part " + part + " (not run now, none in the document)");
                continue;
            }
            md.append(text).append("\n\n");
        }
        md.append(END);
        return md.toString();
    }

    private static String fresh(String part, List<Map<String, String>> rows, Map<String, String> measured,
                                Map<String, String> machine) {
        String body = SECTIONS.get(part).apply(rows);
        int heading = body.indexOf('\n') + 1;
        String when = "Measured " + measured.get("date").replace('_', ' ') + " by `" + machine.get("command")
                + "` at commit " + machine.get("commit") + "; " + measured.get("runs") + " run(s)"
                + (Integer.parseInt(measured.get("runs")) > 1 ? ", figures are medians over the runs" : "")
                + "; load average (1, 5, 15 min) " + measured.get("loadavgStart").replace('/', ' ') + " at the start, "
                + measured.get("loadavgEnd").replace('/', ' ') + " at the end. Machine: " + machine.get("nproc")
                + " cores (`nproc`), " + machine.get("memory") + " memory, " + machine.get("cpu") + "; "
                + machine.get("jdk") + "; PostgreSQL " + machine.get("postgresql") + ".\n";
        return partBegin(part) + "\n\n" + body.substring(0, heading) + "\n" + when + body.substring(heading).stripTrailing()
                + "\n\n" + partEnd(part);
    }

    /** The part as the document has it, markers included; null when it has none. */
    private static String kept(String old, String part) {
        int begin = old.indexOf(partBegin(part));
        int end = old.indexOf(partEnd(part));
        return begin >= 0 && end > begin ? old.substring(begin, end + partEnd(part).length()) : null;
    }

    private static String partBegin(String part) {
        return "<!-- part " + part + ": begin -->";
    }

    private static String partEnd(String part) {
        return "<!-- part " + part + ": end -->";
    }

    static StringBuilder row(StringBuilder label, String value, String target, Boolean met) {
        return new StringBuilder("| ").append(label).append(" | ").append(value).append(" | ").append(target)
                .append(" | ").append(met == null ? "" : met ? "met" : "**missed**").append(" |\n");
    }

    /** A row of a figure / value / target table. */
    static String line(String label, String value, String target) {
        return "| " + label + " | " + value + " | " + target + " |\n";
    }

    static String verdict(String target, boolean met) {
        return target + (met ? " — met" : " — **missed**");
    }

    static String pair(String label, List<Map<String, String>> fresh, List<Map<String, String>> known,
                               String key, int decimals, String unit, String target) {
        return "| " + label + " | " + fmt(median(fresh, key), decimals) + unit + " | "
                + fmt(median(known, key), decimals) + unit + " | " + target + " |\n";
    }

    static List<Map<String, String>> of(List<Map<String, String>> rows, Predicate<Map<String, String>> which) {
        return rows.stream().filter(which).toList();
    }

    static String first(List<Map<String, String>> rows, String key) {
        return rows.isEmpty() ? "?" : rows.get(0).getOrDefault(key, "?");
    }

    static double median(List<Map<String, String>> rows, String key) {
        double[] values = rows.stream().filter(r -> r.containsKey(key)).mapToDouble(r -> Double.parseDouble(r.get(key)))
                .sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    static double max(List<Map<String, String>> rows, String key) {
        return rows.stream().mapToDouble(r -> Double.parseDouble(r.get(key))).max().orElse(Double.NaN);
    }

    static String fmt(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, decimals == 0 ? "%,.0f" : "%." + decimals + "f", value);
    }

    private static List<Map<String, String>> read(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split(" ");
            Map<String, String> row = new LinkedHashMap<>();
            row.put("kind", parts[0]);
            Arrays.stream(parts).skip(1).forEach(p -> row.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1)));
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, String> readProperties(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
    }
}
