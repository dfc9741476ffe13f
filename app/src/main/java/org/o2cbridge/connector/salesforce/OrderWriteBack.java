package org.o2cbridge.connector.salesforce;

import java.util.Objects;

/**
 * What the bridge writes back to one Salesforce order: the ERP's order number and status, and how
 * the sync went ({@link #SYNCED} or {@link #FAILED}, with the reason). A null ERP number or status
 * leaves the order's current value alone; a null {@code syncError} clears the field. The error is
 * cut to the field's 255 characters when sent.
 */
public record OrderWriteBack(String sfOrderId, String erpOrderNumber, String erpStatus, String syncStatus,
                             String syncError) {

    public static final String SYNCED = "Synced";
    public static final String FAILED = "Failed";

    public OrderWriteBack {
        Objects.requireNonNull(sfOrderId, "sfOrderId");
        Objects.requireNonNull(syncStatus, "syncStatus");
    }

    /** The order reached the ERP as this number, in this status. */
    public static OrderWriteBack synced(String sfOrderId, String erpOrderNumber, String erpStatus) {
        return new OrderWriteBack(sfOrderId, erpOrderNumber, erpStatus, SYNCED, null);
    }

    /** The order could not be synced, for this reason. */
    public static OrderWriteBack failed(String sfOrderId, String reason) {
        return new OrderWriteBack(sfOrderId, null, null, FAILED, reason);
    }
}
