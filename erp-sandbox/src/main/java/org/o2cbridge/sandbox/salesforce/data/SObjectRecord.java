package org.o2cbridge.sandbox.salesforce.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of one record: its type and one value per field of the type, in the
 * type's field order (text as {@link String}, numbers as {@link BigDecimal}, dates as
 * {@link LocalDate}, date-times as {@link Instant}, unset fields as null). Values sit in one array
 * rather than a map, so an org loaded with hundreds of thousands of records by Bulk API stays
 * small. Changes produce a new snapshot, so readers never see a half-applied update.
 */
public final class SObjectRecord {

    private final SObjectType type;
    private final Object[] values;

    public SObjectRecord(SObjectType type, Map<String, Object> fields) {
        this.type = type;
        List<SObjectField> all = type.fields();
        this.values = new Object[all.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = fields.get(all.get(i).name());
        }
    }

    private SObjectRecord(SObjectType type, Object[] values) {
        this.type = type;
        this.values = values;
    }

    public SObjectType type() {
        return type;
    }

    /** Every field by API name, in the type's order; a new read-only map on each call. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<SObjectField> all = type.fields();
        for (int i = 0; i < values.length; i++) {
            fields.put(all.get(i).name(), values[i]);
        }
        return Collections.unmodifiableMap(fields);
    }

    public Object value(String field) {
        int position = type.position(field);
        return position < 0 ? null : values[position];
    }

    public String id() {
        return (String) values[0];
    }

    public String text(String field) {
        return (String) value(field);
    }

    public BigDecimal number(String field) {
        return (BigDecimal) value(field);
    }

    public LocalDate date(String field) {
        return (LocalDate) value(field);
    }

    public Instant instant(String field) {
        return (Instant) value(field);
    }

    public Instant lastModifiedDate() {
        return (Instant) value("LastModifiedDate");
    }

    SObjectRecord with(Map<String, Object> changes, Instant modifiedAt) {
        Object[] next = values.clone();
        changes.forEach((field, value) -> {
            int position = type.position(field);
            if (position >= 0) {
                next[position] = value;
            }
        });
        next[type.position("LastModifiedDate")] = modifiedAt;
        return new SObjectRecord(type, next);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SObjectRecord record && record.type == type && java.util.Arrays.equals(record.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + java.util.Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return type.apiName() + fields();
    }
}
