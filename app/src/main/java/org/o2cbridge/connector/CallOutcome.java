package org.o2cbridge.connector;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * How one call to an external system ended, as the metrics and the readiness checks count it.
 * Only {@link #UNAVAILABLE} and {@link #TIMEOUT} say the system may be down; a throttled or
 * rejected call got an answer, so the system is there.
 */
public enum CallOutcome {
    /** A 2xx or 3xx answer. */
    SUCCESS,
    /** The system's rate or concurrency limit: 429, or a throttling error code on another status. */
    THROTTLED,
    /** No usable answer: refused or lost connection, or a 5xx. */
    UNAVAILABLE,
    /** No answer in time (client timeout), or a 408. */
    TIMEOUT,
    /** Any other 4xx, or a request that broke in the client. */
    REJECTED;

    /** The value of the {@code outcome} tag. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this outcome counts against the system's readiness. */
    public boolean unreachable() {
        return this == UNAVAILABLE || this == TIMEOUT;
    }

    /** The outcome of an answer with this status; {@code throttlingCode}: the body named a rate limit. */
    public static CallOutcome ofAnswer(int status, boolean throttlingCode) {
        if (status == 429 || (status >= 400 && throttlingCode)) {
            return THROTTLED;
        }
        if (status < 400) {
            return SUCCESS;
        }
        if (status == 408) {
            return TIMEOUT;
        }
        return status >= 500 ? UNAVAILABLE : REJECTED;
    }

    /**
     * The outcome of a call that threw: by the status when the system answered, otherwise a
     * timeout when one is among the causes, unavailable for any other retryable failure (refused
     * or lost connection), and rejected for the rest: they broke in the client, not in the system.
     */
    public static CallOutcome ofFailure(Throwable failure, boolean throttlingCode) {
        if (failure instanceof ExternalCallException known && known.httpStatus() != null) {
            return ofAnswer(known.httpStatus(), throttlingCode);
        }
        if (timedOut(failure)) {
            return TIMEOUT;
        }
        return failure instanceof RetryableCallException ? UNAVAILABLE : REJECTED;
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException
                    || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
