package org.o2cbridge.outbox;

import java.util.Set;

/**
 * Does one kind of outbox work (an action such as {@code sales-order.upsert}). Capabilities provide
 * handlers; the outbox provides claiming, leases, retries and dead letters. A handler makes its
 * external call outside any transaction and answers what to record when it succeeded; it reports
 * failure by throwing {@code RetryableCallException} or {@code RejectedCallException}.
 */
public interface OutboxHandler {

    /** The actions this handler does. */
    Set<String> actions();

    /** Does the work; the answer's follow-up runs in the transaction that marks the work done. */
    Completion handle(ClaimedWork work);

    /**
     * What a handler reports when it succeeded: a detail for the order's timeline, the HTTP status
     * of the decisive call (or null when no call was needed), and what to record with it.
     */
    record Completion(String detail, Integer httpStatus, Runnable inOutcomeTransaction) {

        public static Completion of(String detail, Integer httpStatus) {
            return new Completion(detail, httpStatus, () -> { });
        }
    }

    /**
     * Called in the transaction that marks the work dead, so the handler can record the failure
     * where users see it (e.g. queue a write-back of {@code Failed} to Salesforce).
     */
    default void onDead(ClaimedWork work, String reason) {
    }
}
