package org.o2cbridge.sandbox.salesforce.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable snapshot of one record: its type and its field values keyed by API name (text as
 * {@link String}, numbers as {@link BigDecimal}, dates as {@link LocalDate}, date-times as
 * {@link Instant}, unset fields as null). Changes produce a new snapshot, so readers never see a
 * half-applied update.
 */
public record SObjectRecord(SObjectType type, Map<String, Object> fields) {

    public SObjectRecord {
        Map<String, Object> complete = new LinkedHashMap<>();
        for (SObjectField field : type.fields()) {
            complete.put(field.name(), fields.get(field.name()));
        }
        fields = Collections.unmodifiableMap(complete);
    }

    public String id() {
        return text("Id");
    }

    public String text(String field) {
        return (String) fields.get(field);
    }

    public BigDecimal number(String field) {
        return (BigDecimal) fields.get(field);
    }

    public LocalDate date(String field) {
        return (LocalDate) fields.get(field);
    }

    public Instant lastModifiedDate() {
        return (Instant) fields.get("LastModifiedDate");
    }

    SObjectRecord with(Map<String, Object> changes, Instant modifiedAt) {
        Map<String, Object> next = new LinkedHashMap<>(fields);
        next.putAll(changes);
        next.put("LastModifiedDate", modifiedAt);
        return new SObjectRecord(type, next);
    }
}
