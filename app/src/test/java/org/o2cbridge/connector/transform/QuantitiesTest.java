package org.o2cbridge.connector.transform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantitiesTest {

    @ParameterizedTest(name = "[{index}] {0} at {1} decimals is sent as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            10          | 2 | 10
            10.00       | 2 | 10
            1E+1        | 2 | 10
            1E+3        | 5 | 1000
            100         | 0 | 100
            2.5         | 2 | 2.5
            2.345       | 2 | 2.35
            2.344       | 2 | 2.34
            0.005       | 2 | 0.01
            0.0049      | 3 | 0.005
            3.14159     | 4 | 3.1416
            1.23456789  | 5 | 1.23457
            1.0004      | 3 | 1
            7.000001    | 6 | 7.000001
            12345678.9  | 0 | 12345679
            2.5         | 0 | 3
            -2.5        | 0 | -3
            0           | 2 | 0
            0.000       | 3 | 0
            """)
    void roundsHalfUpToTheFieldsScaleInPlainNotation(String value, int decimals, String sent) {
        assertEquals(sent, Quantities.toScale(new BigDecimal(value), decimals, "802A").toString());
    }

    @ParameterizedTest(name = "[{index}] {0} at {1} decimals is refused")
    @CsvSource(delimiter = '|', textBlock = """
            0.004       | 2
            0.0004999   | 3
            0.4         | 0
            0.000001    | 5
            -0.001      | 2
            """)
    void aQuantityThatWouldRoundToZeroIsRefusedNamingTheLine(String value, int decimals) {
        FieldValueException refused = assertThrows(FieldValueException.class,
                () -> Quantities.toScale(new BigDecimal(value), decimals, "802A (WID-100)"));

        assertEquals(Quantities.ROUNDS_TO_ZERO, refused.code());
        assertTrue(refused.getMessage().contains("802A (WID-100)"), refused.getMessage());
        assertTrue(refused.getMessage().contains(new BigDecimal(value).toPlainString()), refused.getMessage());
    }

    @Test
    void aMissingQuantityStaysMissing() {
        assertNull(Quantities.toScale(null, 2, "802A"));
    }

    @Test
    void aNegativeScaleIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Quantities.toScale(BigDecimal.ONE, -1, "802A"));
    }
}
