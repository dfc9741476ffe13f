package org.o2cbridge.sandbox.salesforce.order;

import java.time.Duration;

/**
 * How often and how patiently a failed order-event delivery is tried again, like the package's
 * Transaction Finalizer re-enqueuing its Queueable: at most {@code maxAttempts} attempts in all,
 * waiting {@code initialBackoff} before the second and multiplying the wait each time.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier) {

    public RetryPolicy {
        if (maxAttempts < 1 || initialBackoff.isNegative() || multiplier < 1) {
            throw new IllegalArgumentException("maxAttempts >= 1, initialBackoff >= 0 and multiplier >= 1 are required");
        }
    }

    /** The wait before the given attempt (2 for the first retry). */
    public Duration delayBefore(int attempt) {
        double factor = Math.pow(multiplier, Math.max(0, attempt - 2));
        return Duration.ofMillis(Math.round(initialBackoff.toMillis() * factor));
    }
}
