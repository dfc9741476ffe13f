package org.o2cbridge.mapping;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.o2cbridge.platform.problem.Problem;
import org.o2cbridge.platform.problem.ProblemException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The CSV form of the mapping tables ({@code system,type,source_value,target_value}), for operators
 * who keep them in a spreadsheet. Reading checks the whole file before anything is stored: a bad
 * line refuses the file, naming the line and what is wrong with it.
 */
public final class MappingCsv {

    static final String[] HEADER = {"system", "type", "source_value", "target_value"};
    private static final int[] MAX_LENGTH = {40, 40, 255, 255};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private MappingCsv() {
    }

    /** One line of the file: the mapping row it sets. */
    public record Row(String system, String type, String sourceValue, String targetValue) {

        String key() {
            return system + "\u0000" + type + "\u0000" + sourceValue;
        }
    }

    public static String write(List<ValueMapping> mappings) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (ValueMapping m : mappings) {
                printer.printRecord(m.targetSystem(), m.mapType(), m.sourceValue(), m.targetValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The rows of a file, or a 422 problem naming the first bad line. */
    public static List<Row> read(String csv, int maxRows) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            checkHeader(parser.getHeaderNames());
            List<Row> rows = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (rows.size() == maxRows) {
                    throw refused(line, "the file has more than " + maxRows + " rows (o2c.mapping.import-max-rows)");
                }
                Row row = rowOf(record, line);
                if (!keys.add(row.key())) {
                    throw refused(line, "duplicate of an earlier line: " + row.system() + "/" + row.type() + "/"
                            + row.sourceValue());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "invalid-csv",
                    "The file is not readable CSV: " + e.getMessage()));
        }
    }

    private static void checkHeader(List<String> names) {
        if (!names.equals(List.of(HEADER))) {
            throw refused(1, "the header must be " + String.join(",", HEADER) + ", not " + String.join(",", names));
        }
    }

    private static Row rowOf(CSVRecord record, long line) {
        if (record.size() != HEADER.length) {
            throw refused(line, "expected " + HEADER.length + " columns, found " + record.size());
        }
        String[] values = new String[HEADER.length];
        for (int i = 0; i < HEADER.length; i++) {
            values[i] = record.get(i).strip();
            if (values[i].isEmpty()) {
                throw refused(line, HEADER[i] + " is empty");
            }
            if (values[i].length() > MAX_LENGTH[i]) {
                throw refused(line, HEADER[i] + " is longer than " + MAX_LENGTH[i] + " characters");
            }
        }
        return new Row(values[0], values[1], values[2], values[3]);
    }

    private static ProblemException refused(long line, String what) {
        return new ProblemException(Problem.of(422, "Unprocessable Content", "invalid-csv",
                        "Line " + line + ": " + what + ". Nothing was imported.")
                .withErrors(List.of(new Problem.FieldError("/line/" + line, what))));
    }
}
