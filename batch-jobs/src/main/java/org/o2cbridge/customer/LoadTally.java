package org.o2cbridge.customer;

import java.io.Serializable;

/**
 * What a run of the initial load did so far: accounts read, customers the ERP took, and those it
 * refused. Kept in the step's persistent data, so a restarted run goes on counting.
 */
public final class LoadTally implements Serializable {

    private long read;
    private long loaded;
    private long refused;

    void read(int count) {
        read += count;
    }

    void addLoaded() {
        loaded++;
    }

    void addRefused() {
        refused++;
    }

    long read() {
        return read;
    }

    long loaded() {
        return loaded;
    }

    long refused() {
        return refused;
    }

    /** The run's outcome as the job's exit status says it; {@code erp} is the ERP's name. */
    String describe(boolean dryRun, String erp) {
        if (dryRun) {
            return "DRY RUN: " + read + " customers would be loaded; nothing was written";
        }
        return "LOADED: " + loaded + " of " + read + " customers; " + erp + " refused " + refused;
    }
}
