package org.o2cbridge.connector;

/**
 * A failure that will not pass by retrying: the system refused the request (validation, unknown
 * item, missing mapping). The work goes to the dead-letter queue with the system's message.
 */
public class RejectedCallException extends ExternalCallException {

    public RejectedCallException(String system, Integer httpStatus, String code, String detail, Throwable cause) {
        super(system, httpStatus, code, detail, cause);
    }
}
