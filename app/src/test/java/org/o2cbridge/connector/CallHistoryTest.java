package org.o2cbridge.connector;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A system is down only after its calls have got no usable answer for a while, and only while that is recent. */
class CallHistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration DOWN_AFTER = Duration.ofSeconds(60);
    private static final Duration EVIDENCE = Duration.ofSeconds(900);

    private final CallHistory history = new CallHistory();

    @Test
    void aSystemNeverCalledIsNotDown() {
        assertFalse(history.snapshot().down(T0, DOWN_AFTER, EVIDENCE));
    }

    @Test
    void oneFailedCallDoesNotMakeTheSystemDown() {
        history.record(CallOutcome.UNAVAILABLE, T0, "HTTP 503");

        assertFalse(history.snapshot().down(T0.plusSeconds(120), DOWN_AFTER, EVIDENCE));
    }

    @Test
    void callsUnansweredForAMinuteMakeTheSystemDown() {
        history.record(CallOutcome.TIMEOUT, T0, "no answer");
        history.record(CallOutcome.UNAVAILABLE, T0.plusSeconds(30), "refused");
        history.record(CallOutcome.UNAVAILABLE, T0.plusSeconds(60), "refused");

        CallHistory.Snapshot snapshot = history.snapshot();
        assertTrue(snapshot.down(T0.plusSeconds(61), DOWN_AFTER, EVIDENCE));
        assertEquals(T0, snapshot.unreachableSince().orElseThrow());
        assertEquals(CallOutcome.UNAVAILABLE, snapshot.lastFailureOutcome().orElseThrow());
    }

    @Test
    void anyAnswerInBetweenStartsTheCountAgain() {
        history.record(CallOutcome.UNAVAILABLE, T0, "refused");
        history.record(CallOutcome.THROTTLED, T0.plusSeconds(30), "429");
        history.record(CallOutcome.UNAVAILABLE, T0.plusSeconds(40), "refused");
        history.record(CallOutcome.UNAVAILABLE, T0.plusSeconds(70), "refused");

        assertFalse(history.snapshot().down(T0.plusSeconds(71), DOWN_AFTER, EVIDENCE));
    }

    @Test
    void aSuccessMakesTheSystemUpAtOnce() {
        history.record(CallOutcome.UNAVAILABLE, T0, "refused");
        history.record(CallOutcome.UNAVAILABLE, T0.plusSeconds(90), "refused");
        history.record(CallOutcome.SUCCESS, T0.plusSeconds(100), null);

        CallHistory.Snapshot snapshot = history.snapshot();
        assertFalse(snapshot.down(T0.plusSeconds(101), DOWN_AFTER, EVIDENCE));
        assertEquals(T0.plusSeconds(100), snapshot.lastSuccess().orElseThrow());
        assertEquals(T0.plusSeconds(90), snapshot.lastFailure().orElseThrow(), "the last failure stays on record");
    }

    @Test
    void theVerdictLapsesWhenNoCallWasMadeForTheEvidencePeriod() {
        history.record(CallOutcome.UNAVAILABLE, T0, "refused");
        history.record(CallOutcome.UNAVAILABLE, T0.plusSeconds(60), "refused");

        assertTrue(history.snapshot().down(T0.plusSeconds(959), DOWN_AFTER, EVIDENCE));
        assertFalse(history.snapshot().down(T0.plusSeconds(960), DOWN_AFTER, EVIDENCE));
    }
}
