package org.o2cbridge.governance;

import java.time.Instant;

/**
 * One held slot of a system's concurrency limit: the holder id it has in {@code governance_permit},
 * when this instance took it from the table and how long its lease runs. Closing it gives the slot
 * back.
 */
public final class Permit implements AutoCloseable {

    private final ConcurrencyPermits permits;
    private final String system;
    private final String holder;
    private final Instant takenAt;
    private final Instant leaseUntil;

    Permit(ConcurrencyPermits permits, String system, String holder, Instant takenAt, Instant leaseUntil) {
        this.permits = permits;
        this.system = system;
        this.holder = holder;
        this.takenAt = takenAt;
        this.leaseUntil = leaseUntil;
    }

    public String system() {
        return system;
    }

    String holder() {
        return holder;
    }

    Instant takenAt() {
        return takenAt;
    }

    Instant leaseUntil() {
        return leaseUntil;
    }

    @Override
    public void close() {
        permits.release(this);
    }
}
