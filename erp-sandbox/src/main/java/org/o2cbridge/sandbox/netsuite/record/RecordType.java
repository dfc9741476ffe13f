package org.o2cbridge.sandbox.netsuite.record;

import java.util.Arrays;
import java.util.Optional;

/**
 * The record types of the simulated account, by their REST record API names. NetSuite matches
 * record type names in URLs case-insensitively ({@code salesorder} names {@code salesOrder}).
 */
public enum RecordType {
    CUSTOMER("customer"),
    SALES_ORDER("salesOrder"),
    INVENTORY_ITEM("inventoryItem");

    private final String apiName;

    RecordType(String apiName) {
        this.apiName = apiName;
    }

    public static Optional<RecordType> fromApiName(String name) {
        return Arrays.stream(values()).filter(type -> type.apiName.equalsIgnoreCase(name)).findFirst();
    }

    public String apiName() {
        return apiName;
    }
}
