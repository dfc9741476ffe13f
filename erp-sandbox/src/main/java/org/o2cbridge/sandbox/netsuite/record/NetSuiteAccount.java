package org.o2cbridge.sandbox.netsuite.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulated NetSuite account: every record by type and internal id, with an index of external
 * ids. Writes are serialized, so two upserts of one external id can never create two records.
 * Internal ids and sales order numbers ({@code tranId}) are never handed out twice in a run, not
 * even across a reset, and internal ids start from a start-up-time value so they do not repeat
 * across restarts either: the bridge keeps its cross-references between them.
 */
@ApplicationScoped
public class NetSuiteAccount {

    private final Map<RecordType, Map<String, JsonObject>> records = new EnumMap<>(RecordType.class);
    private final Map<RecordType, Map<String, String>> idsByExternalId = new EnumMap<>(RecordType.class);
    private List<CatalogItem> defaultCatalog = List.of();
    private long nextInternalId;
    private long nextTranId = 1001;

    protected NetSuiteAccount() {
        this(List.of(), 100 + (Instant.now().getEpochSecond() % 100_000) * 100);
    }

    @Inject
    public NetSuiteAccount(@ConfigProperty(name = "o2c.sandbox.netsuite.items") String catalog) {
        this(CatalogItem.parseAll(catalog), 100 + (Instant.now().getEpochSecond() % 100_000) * 100);
    }

    public NetSuiteAccount(List<CatalogItem> defaultCatalog, long firstInternalId) {
        this.defaultCatalog = List.copyOf(defaultCatalog);
        this.nextInternalId = firstInternalId;
        clear();
    }

    /** The result of a write: the record as stored, and whether it was created by this write. */
    public record Saved(JsonObject record, boolean created) {
        public String id() {
            return record.getString("id");
        }
    }

    public synchronized Optional<JsonObject> find(RecordType type, String internalId) {
        return Optional.ofNullable(records.get(type).get(internalId));
    }

    public synchronized Optional<JsonObject> findByExternalId(RecordType type, String externalId) {
        return Optional.ofNullable(idsByExternalId.get(type).get(externalId)).flatMap(id -> find(type, id));
    }

    public synchronized List<JsonObject> all(RecordType type) {
        return new ArrayList<>(records.get(type).values());
    }

    public synchronized int count(RecordType type) {
        return records.get(type).size();
    }

    public List<CatalogItem> defaultCatalog() {
        return defaultCatalog;
    }

    /**
     * Writes one record atomically. {@code build} receives the record stored under
     * {@code externalId} (if any) and the internal id to use, and returns the record to store; if
     * it throws, nothing changes.
     */
    public synchronized Saved save(RecordType type, Optional<String> externalId,
                                   BiFunction<Optional<JsonObject>, String, JsonObject> build) {
        Optional<JsonObject> existing = externalId.flatMap(eid -> findByExternalId(type, eid));
        String id = existing.map(record -> record.getString("id")).orElse(String.valueOf(nextInternalId));
        JsonObject record = build.apply(existing, id);
        if (existing.isEmpty()) {
            nextInternalId++;
        }
        store(type, record);
        return new Saved(record, existing.isEmpty());
    }

    /** Replaces a record found by internal id; {@code change} sees the current record. */
    public synchronized Optional<JsonObject> update(RecordType type, String internalId,
                                                    UnaryOperator<JsonObject> change) {
        return find(type, internalId).map(current -> {
            JsonObject next = change.apply(current);
            store(type, next);
            return next;
        });
    }

    /** The next sales order number, {@code SO1001} and up; call it only while building a record. */
    synchronized String nextTranId() {
        return "SO" + nextTranId++;
    }

    /** Forgets every record; the default catalog is seeded again by its owner. */
    public synchronized void clear() {
        for (RecordType type : RecordType.values()) {
            records.put(type, new LinkedHashMap<>());
            idsByExternalId.put(type, new LinkedHashMap<>());
        }
    }

    private void store(RecordType type, JsonObject record) {
        String id = record.getString("id");
        JsonObject previous = records.get(type).put(id, record);
        if (previous != null && previous.containsKey("externalId")) {
            idsByExternalId.get(type).remove(previous.getString("externalId"));
        }
        if (record.containsKey("externalId") && !record.isNull("externalId")) {
            idsByExternalId.get(type).put(record.getString("externalId"), id);
        }
    }
}
