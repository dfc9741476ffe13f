package org.o2cbridge.connector.transform;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Quantities as an ERP's decimal field takes them: rounded half-up to the field's scale (each
 * adapter passes its own from its settings), trailing zeros dropped and always in plain notation
 * (JSON-P writes {@code 1E+1} for a stripped ten, which some ERPs refuse). A quantity that is not
 * zero but rounds to zero is refused rather than sent as 0: the order would lose the line's goods
 * without anybody noticing.
 */
public final class Quantities {

    public static final String ROUNDS_TO_ZERO = "QUANTITY_ROUNDS_TO_ZERO";

    private Quantities() {
    }

    /**
     * {@code value} rounded half-up to at most {@code decimals} places, in plain notation, or a
     * {@link FieldValueException} naming {@code line} when a non-zero value rounds to zero.
     */
    public static BigDecimal toScale(BigDecimal value, int decimals, String line) {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative: " + decimals);
        }
        if (value == null) {
            return null;
        }
        BigDecimal rounded = value.scale() > decimals ? value.setScale(decimals, RoundingMode.HALF_UP) : value;
        if (rounded.signum() == 0 && value.signum() != 0) {
            throw new FieldValueException(ROUNDS_TO_ZERO, "The quantity " + value.toPlainString() + " of order line "
                    + line + " rounds to 0 at the " + decimals + " decimals the ERP's quantity field keeps; "
                    + "change the line's quantity or unit in Salesforce, or the ERP's quantity decimals");
        }
        BigDecimal stripped = rounded.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
