package org.o2cbridge.connector;

/**
 * A record in an ERP: its internal id and, for documents, its number and status (e.g. a NetSuite
 * sales order's {@code tranId} and {@code status}); number and status may be null for customers.
 */
public record ErpReference(String internalId, String number, String status) {

    public static ErpReference of(String internalId) {
        return new ErpReference(internalId, null, null);
    }
}
