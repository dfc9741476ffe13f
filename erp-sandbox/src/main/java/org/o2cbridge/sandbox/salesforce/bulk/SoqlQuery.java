package org.o2cbridge.sandbox.salesforce.bulk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.o2cbridge.sandbox.salesforce.data.SObjectField;
import org.o2cbridge.sandbox.salesforce.data.SObjectRecord;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

/**
 * A parsed query of the SOQL subset the simulated Bulk API answers: the selected columns (fields
 * of the object, or one field of a parent through its relationship, {@code Account.Name}), the
 * object, conditions joined by {@code AND}, and an optional {@code LIMIT}.
 */
record SoqlQuery(SObjectType object, List<Column> columns, List<Condition> conditions, Integer limit) {

    /** A selected column as written in the query, the field it reads, and for a parent field the lookup. */
    record Column(String label, SObjectField lookup, SObjectType parent, SObjectField field) {

        Object valueOf(SObjectRecord record, SalesforceOrg org) {
            if (lookup == null && record.type() == SObjectType.ORDER && field.name().equals("TotalAmount")) {
                return org.orderTotal(record.id());
            }
            if (lookup == null) {
                return record.value(field.name());
            }
            String parentId = record.text(lookup.name());
            return parentId == null ? null : org.find(parent, parentId).map(found -> found.value(field.name())).orElse(null);
        }
    }

    /** The comparisons of a condition. */
    enum Operator { EQ, NE, LT, LE, GT, GE, IN }

    /** {@code column operator value}, or {@code column IN (values)}; text compares ignoring case, as SOQL does. */
    record Condition(Column column, Operator operator, List<Object> values) {

        boolean matches(SObjectRecord record, SalesforceOrg org) {
            Object actual = column.valueOf(record, org);
            return switch (operator) {
                case EQ -> same(actual, values.get(0));
                case NE -> !same(actual, values.get(0));
                case IN -> values.stream().anyMatch(value -> same(actual, value));
                default -> actual != null && values.get(0) != null && ordered(compare(actual, values.get(0)));
            };
        }

        private boolean ordered(int comparison) {
            return switch (operator) {
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                default -> comparison >= 0;
            };
        }

        private static boolean same(Object actual, Object expected) {
            if (actual == null || expected == null) {
                return actual == expected;
            }
            if (actual instanceof String text && expected instanceof String wanted) {
                return text.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT));
            }
            return compareOrNull(actual, expected) == 0;
        }

        private static Integer compareOrNull(Object actual, Object expected) {
            try {
                return compare(actual, expected);
            } catch (ClassCastException | IllegalArgumentException e) {
                return Objects.equals(actual, expected) ? 0 : null;
            }
        }

        private static int compare(Object actual, Object expected) {
            if (actual instanceof BigDecimal number) {
                return number.compareTo((BigDecimal) expected);
            }
            if (actual instanceof LocalDate date) {
                return date.compareTo((LocalDate) expected);
            }
            if (actual instanceof Instant instant) {
                return instant.compareTo((Instant) expected);
            }
            return ((String) actual).compareToIgnoreCase((String) expected);
        }
    }
}
