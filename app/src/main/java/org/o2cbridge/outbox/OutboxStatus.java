package org.o2cbridge.outbox;

/** Where a piece of outbox work stands. */
public enum OutboxStatus {
    /** Waiting for its next attempt time. */
    PENDING,
    /** Claimed by a dispatcher under a lease; reclaimed when the lease runs out. */
    IN_FLIGHT,
    /** Done: the external system confirmed it. */
    DONE,
    /** Failed permanently: a dead letter waiting for an operator. */
    DEAD,
    /** A dead letter an operator closed without replaying it. */
    RESOLVED
}
