package org.o2cbridge.sandbox.salesforce.bulk;

import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The CSV a Bulk API 2.0 job reads and writes: RFC 4180 quoting with the job's column delimiter
 * ({@code COMMA}, {@code TAB}, {@code PIPE}, {@code SEMICOLON}, {@code CARET}, {@code BACKQUOTE})
 * and line ending ({@code LF}, {@code CRLF}). Reading accepts either line ending, as a CSV parser
 * does; results are written with the job's.
 */
public record CsvDialect(String columnDelimiter, String lineEnding) {

    public static final CsvDialect DEFAULT = new CsvDialect("COMMA", "LF");

    private static final Map<String, Character> DELIMITERS = Map.of("COMMA", ',', "TAB", '\t', "PIPE", '|',
            "SEMICOLON", ';', "CARET", '^', "BACKQUOTE", '`');
    private static final Map<String, String> LINE_ENDINGS = Map.of("LF", "\n", "CRLF", "\r\n");

    public static boolean knownDelimiter(String name) {
        return DELIMITERS.containsKey(name);
    }

    public static boolean knownLineEnding(String name) {
        return LINE_ENDINGS.containsKey(name);
    }

    /** Reads rows as they are: no header handling, no trimming, empty lines skipped. */
    public CSVFormat reading() {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(DELIMITERS.get(columnDelimiter))
                .setIgnoreEmptyLines(true)
                .get();
    }

    /** Writes every value quoted, as Salesforce's result files are. */
    public CSVFormat writing() {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(DELIMITERS.get(columnDelimiter))
                .setRecordSeparator(LINE_ENDINGS.get(lineEnding))
                .setQuoteMode(QuoteMode.ALL)
                .get();
    }
}
