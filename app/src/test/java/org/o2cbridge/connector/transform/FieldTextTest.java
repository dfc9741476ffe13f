package org.o2cbridge.connector.transform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FieldTextTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' cut to {1} is ''{2}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Acme                | 4 | Acme
            Acme                | 10 | Acme
            Acme Corp           | 4 | Acme
            "Acme Corp"         | 5 | Acme
            "Acme   Corp"       | 6 | Acme
            "  Acme"            | 1 | ""
            ""                  | 0 | ""
            Acme                | 0 | ""
            "A😀B"              | 2 | A
            "A😀B"              | 3 | A😀
            "A😀"               | 3 | A😀
            "AB 😀"             | 4 | AB
            "Müller GmbH"       | 6 | Müller
            """)
    void cutsAtTheLimitWithoutSplittingPairsOrKeepingTrailingSpace(String text, int max, String expected) {
        assertEquals(expected, FieldText.truncate(text, max));
    }

    @Test
    void aMissingValueStaysMissing() {
        assertNull(FieldText.truncate(null, 83));
    }

    @Test
    void aNegativeLimitIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> FieldText.truncate("Acme", -1));
    }
}
