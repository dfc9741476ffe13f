package org.o2cbridge.order;

import java.time.Instant;
import java.util.List;

/**
 * Where an order stands in the bridge: its overall sync state, its ERP counterpart once known, the
 * events received, the work queued for it, and a timeline of everything that happened.
 */
public record OrderStatus(String sfOrderId, SyncState syncState, List<ErpReference> erp,
                          List<Event> events, List<Work> work, List<TimelineEntry> timeline) {

    /** The order's overall state. */
    public enum SyncState {
        /** Received; no work has been attempted yet. */
        PENDING,
        /** Some work was attempted and some is still to do. */
        IN_PROGRESS,
        /** All work is done. */
        SYNCED,
        /** Some work failed permanently and waits in the dead-letter queue. */
        FAILED
    }

    /** The order in one ERP. */
    public record ErpReference(String system, String internalId, String number) {
    }

    /** An accepted order event. */
    public record Event(String idempotencyKey, Instant receivedAt, String receivedFrom, int lineCount) {
    }

    /** A piece of outbox work for the order. */
    public record Work(long id, int step, String targetSystem, String action, String status, int attempts,
                       Instant nextAttemptAt, String lastError, Instant completedAt) {
    }

    /** A payload the bridge holds for the order: an event it received or work it queued. */
    public record Payload(Instant at, String what, String json) implements java.io.Serializable {
    }

    /** Something that happened to the order. */
    public record TimelineEntry(Instant at, String type, String action, String outcome, Integer httpStatus,
                                String detail) {
    }
}
