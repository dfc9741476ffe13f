package org.o2cbridge.sandbox.traffic;

/**
 * The sandbox's verdict on one call of a simulated API: the fault to apply ({@link Fault#NONE} to
 * serve it normally), whether a throttle comes from the concurrency limit rather than from fault
 * injection, and how long to wait before serving it. Closing it gives back the call's place among
 * the calls being served.
 */
public final class Admission implements AutoCloseable {

    private final Fault fault;
    private final boolean overLimit;
    private final long delayMillis;
    private final Integer retryAfterSeconds;
    private final Runnable release;
    private boolean released;

    Admission(Fault fault, boolean overLimit, long delayMillis, Integer retryAfterSeconds, Runnable release) {
        this.fault = fault;
        this.overLimit = overLimit;
        this.delayMillis = delayMillis;
        this.retryAfterSeconds = retryAfterSeconds;
        this.release = release;
    }

    public Fault fault() {
        return fault;
    }

    /** Whether the call is refused (throttled or unavailable) rather than served. */
    public boolean refused() {
        return fault == Fault.THROTTLE || fault == Fault.UNAVAILABLE;
    }

    public boolean overLimit() {
        return overLimit;
    }

    /** The wait before serving the call: the latency, or the hang of a timeout. */
    public long delayMillis() {
        return delayMillis;
    }

    /** The {@code Retry-After} to send with an injected refusal, or null for none. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public synchronized void close() {
        if (!released) {
            released = true;
            release.run();
        }
    }
}
