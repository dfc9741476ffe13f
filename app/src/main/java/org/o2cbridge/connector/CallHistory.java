package org.o2cbridge.connector;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What recent calls to one external system say about it, kept in memory by
 * {@link ExternalCallMonitor}: the last success, the last failure, and since when calls have got
 * no usable answer. The readiness rule reads it instead of calling the system, so a probe costs
 * no permit and no API quota.
 */
public final class CallHistory {

    private Instant lastSuccess;
    private Instant lastFailure;
    private CallOutcome lastFailureOutcome;
    private String lastFailureDetail;
    private Instant unreachableSince;
    private Instant lastUnreachable;

    /** Notes a call that ended at {@code at}; {@code detail} describes a failure (null on success). */
    public synchronized void record(CallOutcome outcome, Instant at, String detail) {
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
