package org.o2cbridge.sandbox.salesforce.data;

import java.util.List;

/**
 * One field of a simulated sObject: its API name, the kind of value it holds, whether the REST API
 * may write it, and for text its length limit or for a restricted picklist its allowed values.
 */
public record SObjectField(String name, Kind kind, boolean updateable, int maxLength, List<String> picklist) {

    /** The value kinds the simulator stores: text, number, date, date-time and record id. */
    public enum Kind { TEXT, NUMBER, DATE, DATETIME, REFERENCE, PICKLIST }

    static SObjectField text(String name, int maxLength) {
        return new SObjectField(name, Kind.TEXT, true, maxLength, List.of());
    }

    static SObjectField number(String name) {
        return new SObjectField(name, Kind.NUMBER, true, 0, List.of());
    }

    static SObjectField date(String name) {
        return new SObjectField(name, Kind.DATE, true, 0, List.of());
    }

    static SObjectField reference(String name) {
        return new SObjectField(name, Kind.REFERENCE, true, 18, List.of());
    }

    static SObjectField picklist(String name, String... values) {
        return new SObjectField(name, Kind.PICKLIST, true, 255, List.of(values));
    }

    SObjectField readOnly() {
        return new SObjectField(name, kind, false, maxLength, picklist);
    }
}
