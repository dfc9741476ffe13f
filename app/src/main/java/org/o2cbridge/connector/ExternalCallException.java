package org.o2cbridge.connector;

/**
 * A call to an external system that did not succeed. {@code detail} is the system's own message,
 * safe to show to an operator (it never carries credentials).
 */
public abstract class ExternalCallException extends RuntimeException {

    private final String system;
    private final Integer httpStatus;
    private final String code;

    protected ExternalCallException(String system, Integer httpStatus, String code, String detail, Throwable cause) {
        super(detail, cause);
        this.system = system;
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public String system() {
        return system;
    }

    /** The HTTP status the system answered, or null when there was no answer (timeout, reset). */
    public Integer httpStatus() {
        return httpStatus;
    }

    /** The system's error code, e.g. {@code SSS_REQUEST_LIMIT_EXCEEDED}, or null. */
    public String code() {
        return code;
    }
}
