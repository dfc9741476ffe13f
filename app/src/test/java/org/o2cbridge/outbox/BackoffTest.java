package org.o2cbridge.outbox;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(10), 5);

    @RepeatedTest(50)
    void delayGrowsExponentiallyWithJitterBetweenHalfAndAllOfIt() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            long full = 1000L << (attempt - 1);
            long delay = backoff.delayFor(attempt, null).toMillis();
            assertTrue(delay >= full / 2 && delay <= full, "attempt " + attempt + ": " + delay + " ms");
        }
    }

    @RepeatedTest(20)
    void delayIsCappedAtTheMaximum() {
        long delay = backoff.delayFor(40, null).toMillis();
        assertTrue(delay >= 300_000 && delay <= 600_000, delay + " ms");
    }

    @RepeatedTest(20)
    void neverEarlierThanRetryAfter() {
        assertTrue(backoff.delayFor(1, Duration.ofSeconds(30)).toMillis() >= 30_000);
    }

    @Test
    void shortRetryAfterDoesNotShortenTheBackoff() {
        assertTrue(backoff.delayFor(4, Duration.ofMillis(1)).toMillis() >= 4000);
    }

    @Test
    void attemptsRunOutAtTheMaximum() {
        assertFalse(backoff.exhausted(4));
        assertTrue(backoff.exhausted(5));
    }
}
