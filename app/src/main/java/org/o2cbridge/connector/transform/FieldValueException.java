package org.o2cbridge.connector.transform;

/**
 * A value that no transform can make fit for the ERP field without changing what it means (a
 * quantity that would round to zero, a country no rule recognises). Each adapter turns it into a
 * rejection, so the work goes to the dead-letter queue with this message instead of reaching the
 * ERP wrong.
 */
public class FieldValueException extends RuntimeException {

    private final String code;

    public FieldValueException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable code for the kind of value, such as {@code QUANTITY_ROUNDS_TO_ZERO}. */
    public String code() {
        return code;
    }
}
