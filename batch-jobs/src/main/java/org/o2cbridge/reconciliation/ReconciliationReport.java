package org.o2cbridge.reconciliation;

/** Where each run keeps its findings, in the chunk's transaction. */
public interface ReconciliationReport {

    void record(long executionId, Finding finding);
}
