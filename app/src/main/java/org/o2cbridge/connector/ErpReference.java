package org.o2cbridge.connector;

import java.util.List;

/**
 * A record in an ERP: its internal id and, for documents, its number and status (e.g. a NetSuite
 * sales order's {@code tranId} and {@code status}); number and status may be null for customers.
 * {@code notices} are the ERP's own messages about a write that succeeded (warnings, information),
 * for the order's timeline; empty when it sent none.
 */
public record ErpReference(String internalId, String number, String status, List<String> notices) {

    public ErpReference {
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    public ErpReference(String internalId, String number, String status) {
        this(internalId, number, status, List.of());
    }

    public static ErpReference of(String internalId) {
        return new ErpReference(internalId, null, null);
    }
}
