package org.o2cbridge.sandbox.salesforce.data;

import java.util.List;

/**
 * One field of a simulated sObject: its API name, the kind of value it holds, whether the API may
 * set it on create and on update, for text its length limit, for a restricted picklist its allowed
 * values, whether it is a unique external id (matched ignoring case, as the package defines them),
 * and for a lookup the object it points to.
 */
public record SObjectField(String name, Kind kind, boolean createable, boolean updateable, int maxLength,
                           List<String> picklist, boolean externalId, String referenceTo) {

    /** The value kinds the simulator stores: text, number, check box, date, date-time and record id. */
    public enum Kind { TEXT, NUMBER, BOOLEAN, DATE, DATETIME, REFERENCE, PICKLIST }

    static SObjectField text(String name, int maxLength) {
        return new SObjectField(name, Kind.TEXT, true, true, maxLength, List.of(), false, null);
    }

    static SObjectField number(String name) {
        return new SObjectField(name, Kind.NUMBER, true, true, 0, List.of(), false, null);
    }

    /** A check box: true or false. */
    static SObjectField checkbox(String name) {
        return new SObjectField(name, Kind.BOOLEAN, true, true, 0, List.of(), false, null);
    }

    static SObjectField date(String name) {
        return new SObjectField(name, Kind.DATE, true, true, 0, List.of(), false, null);
    }

    static SObjectField dateTime(String name) {
        return new SObjectField(name, Kind.DATETIME, false, false, 0, List.of(), false, null);
    }

    /** A lookup to a record of {@code referenceTo} (an object's API name); null for the record's own Id. */
    static SObjectField reference(String name, String referenceTo) {
        return new SObjectField(name, Kind.REFERENCE, true, true, 18, List.of(), false, referenceTo);
    }

    static SObjectField picklist(String name, String... values) {
        return new SObjectField(name, Kind.PICKLIST, true, true, 255, List.of(values), false, null);
    }

    SObjectField readOnly() {
        return new SObjectField(name, kind, false, false, maxLength, picklist, externalId, referenceTo);
    }

    /** Settable when the record is created, never afterwards (a line's order, a price's product). */
    SObjectField createOnly() {
        return new SObjectField(name, kind, createable, false, maxLength, picklist, externalId, referenceTo);
    }

    SObjectField asExternalId() {
        return new SObjectField(name, kind, createable, updateable, maxLength, picklist, true, referenceTo);
    }

    /**
     * The name a lookup is addressed by in relationship columns such as {@code Order.ERP_External_Id__c}:
     * {@code AccountId} → {@code Account}, {@code Invoice__c} → {@code Invoice__r}; null for other fields.
     */
    public String relationshipName() {
        if (kind != Kind.REFERENCE || referenceTo == null) {
            return null;
        }
        if (name.endsWith("__c")) {
            return name.substring(0, name.length() - 3) + "__r";
        }
        return name.endsWith("Id") ? name.substring(0, name.length() - 2) : null;
    }
}
