package org.o2cbridge.connector;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure that may pass: throttling (429, {@code SSS_REQUEST_LIMIT_EXCEEDED}), 5xx, timeouts,
 * connection resets. {@code retryAfter} is the system's own {@code Retry-After}, if it sent one:
 * no retry may happen before it.
 */
public class RetryableCallException extends ExternalCallException {

    private final transient Duration retryAfter;

    public RetryableCallException(String system, Integer httpStatus, String code, String detail,
                                  Duration retryAfter, Throwable cause) {
        super(system, httpStatus, code, detail, cause);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
