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

    @Test
    void callsAndThrottlesAreCountedSinceStartAndOverTheLastHour() {
        history.record(CallOutcome.SUCCESS, T0, null);
        history.record(CallOutcome.THROTTLED, T0.plusSeconds(10), "429");
        history.record(CallOutcome.SUCCESS, T0.plusSeconds(30 * 60), null);
        history.record(CallOutcome.THROTTLED, T0.plusSeconds(30 * 60 + 5), "429");
        history.record(CallOutcome.UNAVAILABLE, T0.plusSeconds(30 * 60 + 6), "503");

        assertEquals(new CallHistory.Counts(5, 2, 5, 2), history.counts(T0.plusSeconds(59 * 60)));
        // an hour after the first minute, only the calls of the half hour are in the last hour
        assertEquals(new CallHistory.Counts(3, 1, 5, 2), history.counts(T0.plusSeconds(60 * 60)));
        assertEquals(new CallHistory.Counts(0, 0, 5, 2), history.counts(T0.plusSeconds(2 * 60 * 60)));
    }

    @Test
    void aMinuteSlotReusedAnHourLaterStartsFromZero() {
        history.record(CallOutcome.THROTTLED, T0, "429");
        history.record(CallOutcome.SUCCESS, T0.plusSeconds(60 * 60 + 1), null);

        assertEquals(new CallHistory.Counts(1, 0, 2, 1), history.counts(T0.plusSeconds(60 * 60 + 2)));
    }
}
