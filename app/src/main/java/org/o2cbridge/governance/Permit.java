package org.o2cbridge.governance;

/** One held slot of a system's concurrency limit; closing it gives the slot back. */
public final class Permit implements AutoCloseable {

    private final ConcurrencyPermits permits;
    private final String system;
    private final String holder;

    Permit(ConcurrencyPermits permits, String system, String holder) {
        this.permits = permits;
        this.system = system;
        this.holder = holder;
    }

    public String system() {
        return system;
    }

    String holder() {
        return holder;
    }

    @Override
    public void close() {
        permits.release(this);
    }
}
