package org.o2cbridge.reconciliation;

import java.io.Serializable;

/** What a run found so far; kept in the step's persistent data, so a restarted run goes on counting. */
public final class ReconciliationTally implements Serializable {

    /** The serial form's version from before orders without a route were counted: a run restarted across it goes on counting. */
    private static final long serialVersionUID = -274488664049190681L;

    private long checked;
    private long missing;
    private long syncsEnqueued;
    private long writeBacks;
    private long writeBacksEnqueued;
    private long amountsDiffer;
    private long totalsCompared;
    private long unrouted;

    void checked(int count) {
        checked += count;
    }

    void compared() {
        totalsCompared++;
    }

    void count(Finding finding) {
        switch (finding.kind()) {
            case MISSING_IN_ERP -> {
                missing++;
                if (finding.action() == Finding.Action.ENQUEUE_SYNC) {
                    syncsEnqueued++;
                }
            }
            case WRITE_BACK_MISSING -> {
                writeBacks++;
                if (finding.action() == Finding.Action.ENQUEUE_WRITE_BACK) {
                    writeBacksEnqueued++;
                }
            }
            case AMOUNT_DIFFERS -> amountsDiffer++;
            case NO_ROUTE -> unrouted++;
        }
    }

    long checked() {
        return checked;
    }

    /** The run's outcome as the job's exit status says it. */
    String describe(boolean dryRun) {
        String text = "CHECKED " + checked + " orders: " + missing + " missing in ERP (" + syncsEnqueued
                + (dryRun ? " would be enqueued" : " enqueued") + "), " + writeBacks + " write-backs missing ("
                + writeBacksEnqueued + (dryRun ? " would be enqueued" : " enqueued") + "), " + amountsDiffer
                + " amounts differ" + (unrouted > 0 ? ", " + unrouted + " without a route to an ERP" : "")
                + (checked > 0 && totalsCompared == 0 ? " (amounts not compared: Salesforce gave no totals)" : "");
        return dryRun ? "DRY RUN: " + text + "; nothing was enqueued" : text;
    }
}
