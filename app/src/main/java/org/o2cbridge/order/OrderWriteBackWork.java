package org.o2cbridge.order;

/**
 * The payload of an {@code order.write-back} step: what to write on the Salesforce order once the
 * ERP answered — its number and status and {@code Synced}, or {@code Failed} with the reason.
 */
public record OrderWriteBackWork(String sfOrderId, String erpOrderNumber, String erpStatus, String syncStatus,
                                 String syncError) {

    public static final String SYNCED = "Synced";
    public static final String FAILED = "Failed";
}
