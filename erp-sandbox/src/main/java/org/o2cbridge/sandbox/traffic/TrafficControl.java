package org.o2cbridge.sandbox.traffic;

import jakarta.json.JsonObject;
import java.util.Map;

/**
 * Traffic handling of one simulated API: counts every call, decides its injected fault, enforces
 * the concurrency limit and supplies the latency. A call that is refused (throttled by injection
 * or by the limit, or unavailable) never takes a place among the calls being served; a call that
 * hangs (timeout) or loses its response holds its place for as long as it runs, like a slow call.
 */
public final class TrafficControl {

    private final TrafficSettings defaults;
    private final TrafficStats stats = new TrafficStats();
    private final FaultInjector faults;
    private volatile TrafficSettings settings;

    public TrafficControl(TrafficSettings defaults) {
        this.defaults = defaults;
        this.settings = defaults;
        this.faults = new FaultInjector(FaultPlan.none(newSeed()));
    }

    /** Counts a call as it arrives, before authentication. */
    public void arrived(String operation) {
        stats.arrived(operation);
    }

    /** Decides how an authenticated call is treated; close the answer when the call is done. */
    public Admission admit() {
        return admit(null);
    }

    /** As {@link #admit()}, for a call of {@code operation} (a fault plan may target some operations only). */
    public Admission admit(String operation) {
        Fault fault = faults.next(operation);
        Integer retryAfter = faults.plan().retryAfterSeconds();
        if (fault == Fault.THROTTLE || fault == Fault.UNAVAILABLE) {
            stats.count(fault);
            return new Admission(fault, false, 0, retryAfter, () -> { });
        }
        TrafficSettings now = settings;
        if (!stats.tryEnter(now.concurrencyLimit())) {
            stats.count(Fault.THROTTLE);
            return new Admission(Fault.THROTTLE, true, 0, null, () -> { });
        }
        stats.count(fault);
        long delay = fault == Fault.TIMEOUT ? faults.plan().timeoutMillis() : now.latencyMillis();
        long entered = System.nanoTime();
        return new Admission(fault, false, delay, retryAfter, () -> stats.leave(entered));
    }

    /** Counts a call the system itself refused as throttled outside the fault plan (e.g. a rate limit). */
    public void countThrottled() {
        stats.count(Fault.THROTTLE);
    }

    public TrafficStats stats() {
        return stats;
    }

    public TrafficSettings settings() {
        return settings;
    }

    public void changeSettings(TrafficSettings next) {
        settings = next;
    }

    public FaultPlan faultPlan() {
        return faults.plan();
    }

    /** Applies a fault plan read from JSON; a plan without a seed gets a fresh one. */
    public FaultPlan planFaults(JsonObject json) {
        FaultPlan plan = FaultPlan.fromJson(json, newSeed());
        faults.apply(plan);
        return plan;
    }

    public void clearFaults() {
        faults.apply(FaultPlan.none(newSeed()));
    }

    public JsonObject statsJson(Map<String, Integer> recordCounts) {
        return stats.toJson(recordCounts);
    }

    /** Back to the configured settings, no faults and zero counters (calls in flight still count). */
    public void reset() {
        settings = defaults;
        clearFaults();
        stats.reset();
    }

    private static long newSeed() {
        return System.nanoTime() & 0xFFFF_FFFFL;
    }
}
