package org.o2cbridge.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try failed work again: exponential backoff with jitter (between half and all of the
 * exponential delay, so retries of many rows spread out), capped, and never before the external
 * system's own {@code Retry-After}.
 */
public record Backoff(Duration initial, Duration max, int maxAttempts) {

    public Duration delayFor(int attempt, Duration retryAfter) {
        double exponential = initial.toMillis() * Math.pow(2, Math.max(0, attempt - 1));
        long capped = (long) Math.min(exponential, max.toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        long floor = retryAfter == null ? 0 : retryAfter.toMillis();
        return Duration.ofMillis(Math.max(jittered, floor));
    }

    public boolean exhausted(int attempt) {
        return attempt >= maxAttempts;
    }
}
