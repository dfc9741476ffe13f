package org.o2cbridge.connector;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure that may pass: throttling (429, {@code SSS_REQUEST_LIMIT_EXCEEDED}), 5xx, timeouts,
 * connection resets. {@code retryAfter} is the system's own {@code Retry-After}, if it sent one:
 * no retry may happen before it. A failure {@link #heldBack held back} by the bridge itself (no
 * concurrency permit came free, the request budget was spent) never reached the system: the
 * attempt does not count, and its retry need not look for what a lost answer might have created.
 */
public class RetryableCallException extends ExternalCallException {

    private final transient Duration retryAfter;
    private final boolean sent;

    public RetryableCallException(String system, Integer httpStatus, String code, String detail,
                                  Duration retryAfter, Throwable cause) {
        this(system, httpStatus, code, detail, retryAfter, cause, true);
    }

    private RetryableCallException(String system, Integer httpStatus, String code, String detail,
                                   Duration retryAfter, Throwable cause, boolean sent) {
        super(system, httpStatus, code, detail, cause);
        this.retryAfter = retryAfter;
        this.sent = sent;
    }

    /** The bridge held the request back before sending it (code e.g. {@code NO_PERMIT}); free again after {@code retryAfter}, if known. */
    public static RetryableCallException heldBack(String system, String code, String detail, Duration retryAfter,
                                                  Throwable cause) {
        return new RetryableCallException(system, null, code, detail, retryAfter, cause, false);
    }

    /** Whether the request may have reached the system (false only when the bridge held it back). */
    public boolean mayHaveReachedSystem() {
        return sent;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
