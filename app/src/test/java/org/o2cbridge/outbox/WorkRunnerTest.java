package org.o2cbridge.outbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.RetryableCallException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A call the bridge held back (no permit, budget spent) is no attempt: the work comes back without
 * its attempt counting and without being buried, also on its last attempt; a call that may have
 * reached the system counts, and the last one gives up.
 */
class WorkRunnerTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private final RecordingOutcomes outcomes = new RecordingOutcomes();
    private final WorkRunner runner = new WorkRunner();

    @BeforeEach
    void wire() {
        FailureOutcomes failures = new FailureOutcomes();
        failures.outcomes = outcomes;
        failures.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        failures.initialDelayMillis = 1000;
        failures.maxDelayMillis = 600_000;
        failures.maxAttempts = 3;
        runner.failures = failures;
        runner.outcomes = outcomes;
        runner.clock = failures.clock;
    }

    @Test
    void aHeldBackCallOnTheLastAttemptComesBackUncountedAfterTheBudgetFreesUp() {
        boolean done = runner.run(work(3), failing(RetryableCallException.heldBack("d365", "REQUEST_BUDGET",
                "budget spent", Duration.ofSeconds(20), null)));

        assertFalse(done);
        assertEquals(List.of("heldBack"), outcomes.calls);
        assertTrue(!outcomes.nextAttempt.isBefore(NOW.plusSeconds(20)), "not before the budget frees up: "
                + outcomes.nextAttempt);
        assertTrue(outcomes.reason.contains("REQUEST_BUDGET"), outcomes.reason);
    }

    @Test
    void aCallThatMayHaveReachedTheSystemCountsAndTheLastOneGivesUp() {
        RetryableCallException timeout = new RetryableCallException("d365", null, "TIMEOUT", "no answer in 30 s",
                null, null);

        runner.run(work(2), failing(timeout));
        runner.run(work(3), failing(timeout));

        assertEquals(List.of("retry", "dead"), outcomes.calls);
    }

    private static ClaimedWork work(int attempt) {
        return new ClaimedWork(7, 70L, "801000000000001AAA", 2, "d365", "sales-order.upsert", "{}", attempt, "owner");
    }

    private static OutboxHandler failing(RuntimeException failure) {
        return new OutboxHandler() {
            @Override
            public Set<String> actions() {
                return Set.of("sales-order.upsert");
            }

            @Override
            public Completion handle(ClaimedWork work) {
                throw failure;
            }
        };
    }

    /** Outcomes as recorded, without a database. */
    private static final class RecordingOutcomes extends OutboxOutcomes {

        final List<String> calls = new ArrayList<>();
        Instant nextAttempt;
        String reason;

        @Override
        public boolean retry(ClaimedWork work, Instant started, Instant next, Integer httpStatus, String error) {
            calls.add("retry");
            return true;
        }

        @Override
        public boolean heldBack(ClaimedWork work, Instant started, Instant next, String why) {
            calls.add("heldBack");
            nextAttempt = next;
            reason = why;
            return true;
        }

        @Override
        public boolean dead(ClaimedWork work, Instant started, Integer httpStatus, String why, Runnable inTransaction) {
            calls.add("dead");
            return true;
        }
    }
}
