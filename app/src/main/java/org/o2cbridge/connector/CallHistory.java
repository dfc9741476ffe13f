package org.o2cbridge.connector;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What recent calls to one external system say about it, kept in memory by
 * {@link ExternalCallMonitor}: the last success, the last failure, since when calls have got
 * no usable answer, and how many calls (and throttles) there were since start and per minute of
 * the last hour. The readiness rule reads it instead of calling the system, so a probe costs
 * no permit and no API quota.
 */
public final class CallHistory {

    private Instant lastSuccess;
    private Instant lastFailure;
    private CallOutcome lastFailureOutcome;
    private String lastFailureDetail;
    private Instant unreachableSince;
    private Instant lastUnreachable;
    private long calls;
    private long throttled;
    /** Calls and throttles per minute of the last hour, in a ring indexed by epoch minute modulo 60. */
    private final long[] minuteOfSlot = new long[MINUTES];
    private final long[] callsInSlot = new long[MINUTES];
    private final long[] throttledInSlot = new long[MINUTES];

    private static final int MINUTES = 60;

    /** Notes a call that ended at {@code at}; {@code detail} describes a failure (null on success). */
    public synchronized void record(CallOutcome outcome, Instant at, String detail) {
        count(outcome, at);
        if (outcome == CallOutcome.SUCCESS) {
            lastSuccess = at;
        } else {
            lastFailure = at;
            lastFailureOutcome = outcome;
            lastFailureDetail = detail;
        }
        if (outcome.unreachable()) {
            unreachableSince = unreachableSince == null ? at : unreachableSince;
            lastUnreachable = at;
        } else {
            unreachableSince = null;
            lastUnreachable = null;
        }
    }

    private void count(CallOutcome outcome, Instant at) {
        long minute = Math.floorDiv(at.getEpochSecond(), 60);
        int slot = (int) Math.floorMod(minute, MINUTES);
        if (minuteOfSlot[slot] != minute) {
            minuteOfSlot[slot] = minute;
            callsInSlot[slot] = 0;
            throttledInSlot[slot] = 0;
        }
        calls++;
        callsInSlot[slot]++;
        if (outcome == CallOutcome.THROTTLED) {
            throttled++;
            throttledInSlot[slot]++;
        }
    }

    /**
     * Calls and throttled calls since the bridge started, and in the last hour before {@code now}
     * (the current minute and the 59 before it), as counted in memory.
     */
    public synchronized Counts counts(Instant now) {
        long current = Math.floorDiv(now.getEpochSecond(), 60);
        long hourCalls = 0;
        long hourThrottled = 0;
        for (int slot = 0; slot < MINUTES; slot++) {
            if (minuteOfSlot[slot] > current - MINUTES && minuteOfSlot[slot] <= current) {
                hourCalls += callsInSlot[slot];
                hourThrottled += throttledInSlot[slot];
            }
        }
        return new Counts(hourCalls, hourThrottled, calls, throttled);
    }

    /** How many calls were made, and how many of them the system throttled. */
    public record Counts(long callsLastHour, long throttledLastHour, long callsSinceStart, long throttledSinceStart) {
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(Optional.ofNullable(lastSuccess), Optional.ofNullable(lastFailure),
                Optional.ofNullable(lastFailureOutcome), Optional.ofNullable(lastFailureDetail),
                Optional.ofNullable(unreachableSince), Optional.ofNullable(lastUnreachable));
    }

    /** The history at one moment. */
    public record Snapshot(Optional<Instant> lastSuccess, Optional<Instant> lastFailure,
                           Optional<CallOutcome> lastFailureOutcome, Optional<String> lastFailureDetail,
                           Optional<Instant> unreachableSince, Optional<Instant> lastUnreachable) {

        /**
         * Down when every call for at least {@code downAfter} got no usable answer (no connection,
         * timeout, 5xx) — the first and the latest of those failures at least that far apart, with
         * no success, throttle or rejection in between — and the latest one is no older than
         * {@code evidence}: with no calls for that long the verdict lapses, as there is nothing
         * recent to judge by.
         */
        public boolean down(Instant now, Duration downAfter, Duration evidence) {
            if (unreachableSince.isEmpty() || lastUnreachable.isEmpty()) {
                return false;
            }
            boolean lasting = !unreachableSince.get().plus(downAfter).isAfter(lastUnreachable.get());
            boolean recent = lastUnreachable.get().plus(evidence).isAfter(now);
            return lasting && recent;
        }
    }
}
