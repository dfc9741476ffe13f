package org.o2cbridge.sandbox.salesforce.bulk;

import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.o2cbridge.sandbox.salesforce.SalesforceId;
import org.o2cbridge.sandbox.salesforce.data.SObjectRecord;
import org.o2cbridge.sandbox.salesforce.data.SObjectService;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SalesforceApiException;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

/**
 * Processes an ingest job's rows into the org, in upload order, each row on its own: a row that
 * fails records Salesforce's error text ({@code STATUS_CODE:message:fields --}) and the others go
 * on. Values are checked with the REST API's rules; an empty cell leaves a field alone and
 * {@code #N/A} sets it to null, as in Bulk API CSV. Relationship columns resolve their parent by
 * its external id at the time the row is processed, so parents loaded by an earlier job are found.
 * An external id that appears in more than one row of an upsert job fails all those rows.
 */
final class IngestProcessor {

    static final String NULL_VALUE = "#N/A";

    /** One provider for every cell: {@code Json.createValue} would search the class path each time. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final SalesforceOrg org;
    private final SObjectService records;
    private final Clock clock;

    IngestProcessor(SalesforceOrg org, SObjectService records, Clock clock) {
        this.org = org;
        this.records = records;
        this.clock = clock;
    }

    private record Saved(String id, boolean created) {
    }

    void process(IngestJob job) {
        long started = System.nanoTime();
        RowColumns columns;
        try {
            columns = RowColumns.of(job.object(), job.columns(), job.externalIdFieldName());
        } catch (IllegalArgumentException e) {
            job.fail(e.getMessage(), now());
            return;
        }
        job.startProcessing();
        Set<String> duplicates = job.operation() == IngestOperation.UPSERT ? duplicates(job, columns) : Set.of();
        int rows = job.rowsHeld();
        for (int i = 0; i < rows && job.state() == JobState.InProgress; i++) {
            String[] row = job.row(i);
            try {
                Saved saved = write(job, columns, row, duplicates);
                job.succeeded(i, saved.id(), saved.created());
            } catch (SalesforceApiException e) {
                job.failed(i, failedId(job, columns, row), errorText(e));
            }
        }
        job.addProcessingMillis((System.nanoTime() - started) / 1_000_000);
        job.finish(now());
    }

    private Saved write(IngestJob job, RowColumns columns, String[] row, Set<String> duplicates) {
        SObjectType type = job.object();
        return switch (job.operation()) {
            case INSERT -> new Saved(org.insert(type, records.prepareInsert(type, fields(columns, row, false))).id(), true);
            case UPDATE -> {
                SObjectRecord current = existing(type, columns.id(row).orElseThrow(() -> missing("Id not specified in an update call")));
                Map<String, Object> changes = records.prepare(type, current, fields(columns, row, true)).changes();
                org.update(type, current.id(), fields -> changes).orElseThrow(SalesforceApiException::notFound);
                yield new Saved(current.id(), false);
            }
            case UPSERT -> upsert(job, columns, row, duplicates);
            case DELETE -> {
                SObjectRecord current = existing(type, columns.id(row).orElseThrow(() -> missing("Id not specified in a delete call")));
                org.delete(type, current.id());
                yield new Saved(current.id(), false);
            }
        };
    }

    private Saved upsert(IngestJob job, RowColumns columns, String[] row, Set<String> duplicates) {
        String field = job.externalIdFieldName();
        String value = columns.externalId(row).orElseThrow(() -> missing(field + " not specified"));
        if (duplicates.contains(value.toLowerCase(Locale.ROOT))) {
            throw new SalesforceApiException(400, "DUPLICATE_EXTERNAL_ID", "Duplicate external id specified: " + value, List.of(field));
        }
        boolean exists = org.findByExternalId(job.object(), field, value).isPresent();
        Map<String, Object> values = records.prepareUpsert(job.object(), exists, fields(columns, row, true));
        SalesforceOrg.Upserted upserted = org.upsert(job.object(), field, value, values);
        return new Saved(upserted.record().id(), upserted.created());
    }

    /** The row's values by field name, with relationship columns resolved to their parent's id. */
    private Map<String, JsonValue> fields(RowColumns columns, String[] row, boolean skipKeys) {
        Map<String, JsonValue> fields = new HashMap<>();
        for (RowColumns.Column column : columns.columns()) {
            String cell = row[column.index()];
            if (cell.isEmpty() || (skipKeys && (columns.isIdColumn(column) || columns.isExternalIdColumn(column)))) {
                continue;
            }
            if (cell.equals(NULL_VALUE)) {
                fields.put(column.field().name(), JsonValue.NULL);
            } else if (column.relationship()) {
                String parentId = records.parentId(column.parent(), column.parentKey(), cell);
                fields.put(column.field().name(), JSON.createValue(parentId));
            } else {
                fields.put(column.field().name(), JSON.createValue(cell));
            }
        }
        return fields;
    }

    private SObjectRecord existing(SObjectType type, String id) {
        if (SalesforceId.canonical(id).filter(canonical -> canonical.startsWith(type.keyPrefix())).isEmpty()) {
            throw new SalesforceApiException(400, "MALFORMED_ID", type.apiName() + " ID: id value of incorrect type: " + id, List.of("Id"));
        }
        return org.find(type, id).orElseThrow(() -> new SalesforceApiException(400, "ENTITY_IS_DELETED", "entity is deleted", List.of()));
    }

    private static Set<String> duplicates(IngestJob job, RowColumns columns) {
        Map<String, Integer> seen = new HashMap<>();
        int rows = job.rowsHeld();
        for (int i = 0; i < rows; i++) {
            columns.externalId(job.row(i)).ifPresent(value -> seen.merge(value.toLowerCase(Locale.ROOT), 1, Integer::sum));
        }
        Set<String> duplicated = new HashSet<>();
        seen.forEach((value, count) -> {
            if (count > 1) {
                duplicated.add(value);
            }
        });
        return duplicated;
    }

    private static String failedId(IngestJob job, RowColumns columns, String[] row) {
        boolean byId = job.operation() == IngestOperation.UPDATE || job.operation() == IngestOperation.DELETE;
        Optional<String> id = byId ? columns.id(row) : Optional.empty();
        return id.flatMap(SalesforceId::canonical).orElse("");
    }

    private static SalesforceApiException missing(String message) {
        return new SalesforceApiException(400, "MISSING_ARGUMENT", message, List.of());
    }

    /** A row error as Bulk API result files write it: {@code STATUS_CODE:message:fields --}. */
    static String errorText(SalesforceApiException e) {
        String fields = e.fields().isEmpty() ? "" : String.join(",", e.fields()) + " ";
        return e.errorCode() + ":" + e.getMessage() + ":" + fields + "--";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
