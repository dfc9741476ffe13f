package org.o2cbridge.mapping;

import org.junit.jupiter.api.Test;
import org.o2cbridge.platform.problem.ProblemException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MappingCsvTest {

    private static final String HEADER = "system,type,source_value,target_value\r\n";

    @Test
    void writtenFileReadsBackAsTheSameRows() {
        ValueMapping quoted = new ValueMapping("sap", "unit-of-measure", "Each, boxed", "EA \"x\"", "op",
                java.time.Instant.EPOCH);
        ValueMapping plain = new ValueMapping("netsuite", "currency", "EUR", "2", "op", java.time.Instant.EPOCH);

        String csv = MappingCsv.write(List.of(quoted, plain));

        assertTrue(csv.startsWith(HEADER), csv);
        assertEquals(List.of(new MappingCsv.Row("sap", "unit-of-measure", "Each, boxed", "EA \"x\""),
                new MappingCsv.Row("netsuite", "currency", "EUR", "2")), MappingCsv.read(csv, 10));
    }

    @Test
    void valuesAreTrimmedAndALastLineWithoutNewlineCounts() {
        List<MappingCsv.Row> rows = MappingCsv.read(HEADER + " sap , currency, EUR ,EUR\nsap,country,DE,DE", 10);

        assertEquals(List.of(new MappingCsv.Row("sap", "currency", "EUR", "EUR"),
                new MappingCsv.Row("sap", "country", "DE", "DE")), rows);
    }

    @Test
    void emptyValueIsRefusedNamingItsLine() {
        String detail = refusal(HEADER + "sap,currency,EUR,EUR\nsap,currency,USD,\n");

        assertTrue(detail.startsWith("Line 3: target_value is empty"), detail);
    }

    @Test
    void missingColumnIsRefusedNamingItsLine() {
        String detail = refusal(HEADER + "sap,currency,EUR\n");

        assertTrue(detail.startsWith("Line 2: expected 4 columns, found 3"), detail);
    }

    @Test
    void duplicateKeyWithinTheFileIsRefusedNamingTheSecondLine() {
        String detail = refusal(HEADER + "sap,currency,EUR,EUR\nsap,country,DE,DE\nsap,currency,EUR,EU\n");

        assertTrue(detail.startsWith("Line 4: duplicate of an earlier line: sap/currency/EUR"), detail);
    }

    @Test
    void wrongHeaderIsRefusedOnLineOne() {
        String detail = refusal("system,type,source\nsap,currency,EUR\n");

        assertTrue(detail.startsWith("Line 1: the header must be system,type,source_value,target_value"), detail);
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        String detail = refusal(HEADER + "sap,currency,EUR,EUR\nsap,currency,USD,USD\nsap,currency,GBP,GBP\n", 2);

        assertTrue(detail.startsWith("Line 4: the file has more than 2 rows"), detail);
    }

    @Test
    void unclosedQuoteIsRefusedAsUnreadable() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> MappingCsv.read(HEADER + "sap,currency,\"EUR,EUR\n", 10));

        assertEquals(422, refused.problem().status());
        assertEquals("invalid-csv", refused.problem().code());
    }

    private static String refusal(String csv) {
        return refusal(csv, 10);
    }

    private static String refusal(String csv, int maxRows) {
        ProblemException refused = assertThrows(ProblemException.class, () -> MappingCsv.read(csv, maxRows));
        assertEquals(422, refused.problem().status());
        return refused.problem().detail();
    }
}
