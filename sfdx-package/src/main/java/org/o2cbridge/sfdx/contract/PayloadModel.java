package org.o2cbridge.sfdx.contract;

import java.util.List;
import java.util.Optional;

/**
 * The shape of the order-event payload as Apex sees it: classes, their fields, JSON names, Apex types
 * and which fields may be left out. Built from the JSON Schema by {@link SchemaReader} and, in the
 * other direction, from the checked-in Apex by {@link ApexPayloadReader}, so the two can be compared.
 */
public record PayloadModel(String outerClassName, List<PayloadClass> classes) {

    public PayloadModel {
        classes = List.copyOf(classes);
    }

    /** The class of the request body itself. */
    public PayloadClass root() {
        return classes.get(0);
    }

    public Optional<PayloadClass> find(String className) {
        return classes.stream().filter(c -> c.name().equals(className)).findFirst();
    }

    /** One Apex inner class: one JSON object of the contract. */
    public record PayloadClass(String name, String description, List<PayloadField> fields) {

        public PayloadClass {
            fields = List.copyOf(fields);
        }

        public Optional<PayloadField> field(String jsonName) {
            return fields.stream().filter(f -> f.jsonName().equals(jsonName)).findFirst();
        }
    }

    /**
     * One Apex property. {@code elementType} is the Apex scalar type or inner class name; for an array
     * it is the element's type. {@code required} fields are always written; the others are left out
     * of the JSON when null.
     */
    public record PayloadField(String jsonName, String apexName, FieldKind kind, String elementType,
            boolean required) {

        public String apexType() {
            return kind == FieldKind.ARRAY ? "List<" + elementType + ">" : elementType;
        }
    }

    public enum FieldKind {
        /** String, Id, Date, Datetime, Decimal, Integer or Boolean, written with writeObjectField. */
        SCALAR,
        /** A nested object: another inner class. */
        OBJECT,
        /** A JSON array of inner-class objects. */
        ARRAY
    }
}
