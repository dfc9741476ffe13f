package org.o2cbridge.sandbox.control;

import java.util.Map;

/**
 * What every simulator's in-memory state implements, so that one control call can return the
 * whole sandbox to a fresh start. A new simulator joins the reset by being a CDI bean that
 * implements this interface; nothing else needs to change.
 */
public interface SimulatedSystem {

    /** A short lowercase name of the simulated system, for example {@code salesforce}. */
    String systemName();

    /** Forgets every record, session and pending piece of work of this system. */
    void reset();

    /** How many records of each type the system holds now, for its stats. */
    default Map<String, Integer> recordCounts() {
        return Map.of();
    }

    /** Counters of the system's own beside the traffic counters (e.g. token requests), for its stats. */
    default Map<String, Long> counters() {
        return Map.of();
    }
}
