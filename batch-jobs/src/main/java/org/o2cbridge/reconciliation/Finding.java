package org.o2cbridge.reconciliation;

import java.io.Serializable;

/** One thing the reconciliation found about an order, and what it did or would do about it. */
public record Finding(String sfOrderId, String orderNumber, Kind kind, String detail, Action action)
        implements Serializable {

    public enum Kind {
        /** Activated in Salesforce, not in the ERP, and not on its way there. */
        MISSING_IN_ERP,
        /** In the ERP, but Salesforce lacks its ERP number or the Synced status. */
        WRITE_BACK_MISSING,
        /** Salesforce's total and the ERP's differ. */
        AMOUNT_DIFFERS,
        /** The bridge cannot tell which ERP the order goes to (no routing mapping, no default ERP). */
        NO_ROUTE
    }

    /** What is done about a finding. */
    public enum Action {
        ENQUEUE_SYNC, ENQUEUE_WRITE_BACK, REPORT_ONLY
    }

    /** The same finding with another action (what a dry run or an impossible repair leaves). */
    public Finding withAction(Action other, String note) {
        return new Finding(sfOrderId, orderNumber, kind, note == null ? detail : detail + "; " + note, other);
    }
}
