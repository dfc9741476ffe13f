package org.o2cbridge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides what a retryable failure means for claimed work: due again after the backoff (never
 * before the system's {@code Retry-After}), or dead once its attempts are spent. Work whose call
 * the bridge held back (no permit, budget spent) is due again without its attempt counting.
 */
@ApplicationScoped
public class FailureOutcomes {

    @Inject
    OutboxOutcomes outcomes;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "o2c.outbox.retry.initial-ms", defaultValue = "1000")
    long initialDelayMillis;

    @Inject
    @ConfigProperty(name = "o2c.outbox.retry.max-ms", defaultValue = "600000")
    long maxDelayMillis;

    @Inject
    @ConfigProperty(name = "o2c.outbox.retry.max-attempts", defaultValue = "15")
    int maxAttempts;

    /** Schedules the next attempt, or gives up; {@code onDead} runs in the transaction that buries the work. */
    public void retryOrGiveUp(ClaimedWork work, Instant started, Integer httpStatus, String error, Duration retryAfter,
                              Runnable onDead) {
        Backoff backoff = new Backoff(Duration.ofMillis(initialDelayMillis), Duration.ofMillis(maxDelayMillis),
                maxAttempts);
        if (backoff.exhausted(work.attempt())) {
            outcomes.dead(work, started, httpStatus, "Gave up after " + work.attempt() + " attempts. Last error: "
                    + error, onDead);
            return;
        }
        outcomes.retry(work, started, clock.instant().plus(backoff.delayFor(work.attempt(), retryAfter)), httpStatus,
                error);
    }

    /**
     * The work's call was held back by the bridge and never reached the system: due again at the
     * earliest after {@code freeIn} (or the first backoff step), the attempt not counted, so it
     * neither brings the work closer to giving up nor makes its retry look for a lost answer.
     */
    public void heldBack(ClaimedWork work, Instant started, String reason, Duration freeIn) {
        Backoff backoff = new Backoff(Duration.ofMillis(initialDelayMillis), Duration.ofMillis(maxDelayMillis),
                maxAttempts);
        outcomes.heldBack(work, started, clock.instant().plus(backoff.delayFor(1, freeIn)), reason);
    }
}
