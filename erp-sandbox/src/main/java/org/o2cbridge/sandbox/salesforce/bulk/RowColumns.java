package org.o2cbridge.sandbox.salesforce.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.o2cbridge.sandbox.salesforce.data.SObjectField;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;

/**
 * What each column of an ingest job's CSV header means for its object: a field of the object
 * ({@code Name}, {@code Id}), or a relationship column that names a parent by one of the parent's
 * external id fields ({@code Order.ERP_External_Id__c}, {@code Invoice__r.ERP_Invoice_Id__c}).
 * A header naming anything else makes the whole job fail, as Salesforce's does.
 */
final class RowColumns {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** One column: the field it sets, and for a relationship column the parent's object and key. */
    record Column(int index, SObjectField field, SObjectType parent, SObjectField parentKey) {
        boolean relationship() {
            return parent != null;
        }
    }

    private final List<Column> columns;
    private final int idColumn;
    private final int externalIdColumn;

    private RowColumns(List<Column> columns, int idColumn, int externalIdColumn) {
        this.columns = columns;
        this.idColumn = idColumn;
        this.externalIdColumn = externalIdColumn;
    }

    /** Reads a header; an unknown column answers the job's failure message. */
    static RowColumns of(SObjectType object, List<String> header, String externalIdFieldName) {
        List<Column> columns = new ArrayList<>();
        int idColumn = -1;
        int externalIdColumn = -1;
        for (int i = 0; i < header.size(); i++) {
            String name = (i == 0 ? header.get(i).replace(BYTE_ORDER_MARK, "") : header.get(i)).strip();
            Column column = column(object, i, name).orElseThrow(
                    () -> new IllegalArgumentException("InvalidBatch : Field name not found : " + name));
            if (column.field().name().equals("Id") && !column.relationship()) {
                idColumn = i;
            } else if (!column.relationship() && column.field().name().equalsIgnoreCase(String.valueOf(externalIdFieldName))) {
                externalIdColumn = i;
            }
            columns.add(column);
        }
        return new RowColumns(List.copyOf(columns), idColumn, externalIdColumn);
    }

    private static Optional<Column> column(SObjectType object, int index, String name) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            return object.field(name).map(field -> new Column(index, field, null, null));
        }
        Optional<SObjectField> lookup = object.relationship(name.substring(0, dot));
        if (lookup.isEmpty()) {
            return Optional.empty();
        }
        SObjectType parent = SObjectType.fromApiName(lookup.get().referenceTo()).orElseThrow();
        return parent.field(name.substring(dot + 1)).filter(SObjectField::externalId)
                .map(key -> new Column(index, lookup.get(), parent, key));
    }

    List<Column> columns() {
        return columns;
    }

    /** The row's {@code Id} value, or empty when the header has no Id column or the cell is blank. */
    Optional<String> id(String[] row) {
        return cell(row, idColumn);
    }

    /** The row's value of the job's external id field, or empty. */
    Optional<String> externalId(String[] row) {
        return cell(row, externalIdColumn);
    }

    boolean isExternalIdColumn(Column column) {
        return column.index() == externalIdColumn;
    }

    boolean isIdColumn(Column column) {
        return column.index() == idColumn;
    }

    private static Optional<String> cell(String[] row, int index) {
        if (index < 0 || index >= row.length || row[index].isBlank()) {
            return Optional.empty();
        }
        return Optional.of(row[index]);
    }
}
