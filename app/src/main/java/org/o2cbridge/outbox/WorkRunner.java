package org.o2cbridge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.o2cbridge.connector.ExternalCallException;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one claimed piece of work: calls the handler outside any transaction, and records the
 * outcome in a new one. The handler's adapter takes a concurrency permit of the target system for
 * each call it makes and gives it back when the answer is in, so no permit is held here: not while
 * the outcome is written, and not at all for work that needs no call. An adapter that got no
 * permit in time (or found the request budget spent) holds the call back, and the work comes back
 * later without the attempt counting. Retryable failures come
 * back at a time given by the backoff and the system's {@code Retry-After}; rejected ones, and
 * retryable ones out of attempts, become dead letters with the system's own message.
 */
@ApplicationScoped
public class WorkRunner {

    private static final Logger LOG = Logger.getLogger(WorkRunner.class.getName());

    @Inject
    OutboxOutcomes outcomes;

    @Inject
    Clock clock;

    @Inject
    FailureOutcomes failures;

    /** Runs the work and records its outcome; answers whether it was recorded as done. */
    boolean run(ClaimedWork work, OutboxHandler handler) {
        Instant started = clock.instant();
        try {
            OutboxHandler.Completion completion = handler.handle(work);
            return outcomes.done(work, started, completion);
        } catch (RejectedCallException e) {
            String reason = describe(e);
            outcomes.dead(work, started, e.httpStatus(), reason, () -> handler.onDead(work, reason));
        } catch (RetryableCallException e) {
            if (!e.mayHaveReachedSystem()) {
                failures.heldBack(work, started, describe(e), e.retryAfter().orElse(null));
                return false;
            }
            retryOrGiveUp(work, handler, started, e.httpStatus(), describe(e), e.retryAfter().orElse(null));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox work " + work.id() + " (" + work.action() + ") failed unexpectedly", e);
            retryOrGiveUp(work, handler, started, null, "Unexpected failure: " + e, null);
        }
        return false;
    }

    private void retryOrGiveUp(ClaimedWork work, OutboxHandler handler, Instant started, Integer httpStatus,
                               String error, Duration retryAfter) {
        failures.retryOrGiveUp(work, started, httpStatus, error, retryAfter, () -> handler.onDead(work, error));
    }

    /** How a failure reads in the timeline and the dead-letter queue: system, status, code, message. */
    public static String describe(ExternalCallException e) {
        StringBuilder text = new StringBuilder(e.system());
        if (e.httpStatus() != null) {
            text.append(" HTTP ").append(e.httpStatus());
        }
        if (e.code() != null) {
            text.append(' ').append(e.code());
        }
        return text.append(": ").append(e.getMessage()).toString();
    }
}
