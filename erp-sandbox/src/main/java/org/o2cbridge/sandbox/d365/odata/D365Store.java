package org.o2cbridge.sandbox.d365.odata;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The simulated environment's tables, in memory: one map per entity set keyed by company and
 * record key, and a sales-order number sequence per company. Every change runs in a
 * {@link Transaction} under the store's lock: a change set that fails part-way is undone as a
 * whole, and what it created is counted only once it commits. Numbers taken from the sequence
 * are not given back on rollback (a non-continuous sequence, as F&O's default for sales orders).
 */
public final class D365Store {

    /** The entity sets the simulator serves. */
    public enum EntitySet {
        CUSTOMERS("CustomersV3", "CustCustomerV3Entity", "CustomerAccount"),
        SALES_ORDER_HEADERS("SalesOrderHeadersV2", "SalesOrderHeaderV2Entity", "SalesOrderNumber"),
        SALES_ORDER_LINES("SalesOrderLines", "SalesOrderLineEntity", "InventoryLotId"),
        RELEASED_PRODUCTS("ReleasedProductsV2", "EcoResReleasedProductV2Entity", "ItemNumber"),
        /** Posted sales packing slips; the bridge's choice of name, see the D365 fulfillment adapter. */
        PACKING_SLIPS("CustomerPackingSlipJournalHeaders", "CustPackingSlipJourHeaderEntity", "PackingSlipId");

        private final String apiName;
        private final String entityType;
        private final String keyField;

        EntitySet(String apiName, String entityType, String keyField) {
            this.apiName = apiName;
            this.entityType = entityType;
            this.keyField = keyField;
        }

        public String apiName() {
            return apiName;
        }

        public String entityType() {
            return entityType;
        }

        public String keyField() {
            return keyField;
        }

        public static Optional<EntitySet> byApiName(String name) {
            for (EntitySet set : values()) {
                if (set.apiName.equals(name)) {
                    return Optional.of(set);
                }
            }
            return Optional.empty();
        }
    }

    /** Changes made under the lock, with how to undo them and what to do once they commit. */
    public final class Transaction {
        private final List<Runnable> undo = new ArrayList<>();
        private final List<Runnable> onCommit = new ArrayList<>();

        public void put(EntitySet set, String company, String key, JsonObject entity) {
            Map<String, JsonObject> table = tables.get(set);
            String id = id(company, key);
            JsonObject before = table.put(id, entity);
            undo.add(() -> {
                if (before == null) {
                    table.remove(id);
                } else {
                    table.put(id, before);
                }
            });
        }

        public void afterCommit(Runnable action) {
            onCommit.add(action);
        }
    }

    private final Map<EntitySet, Map<String, JsonObject>> tables = new LinkedHashMap<>();
    private final Map<String, Long> salesOrderNumbers = new LinkedHashMap<>();
    private long inventoryLots;

    public D365Store() {
        for (EntitySet set : EntitySet.values()) {
            tables.put(set, new LinkedHashMap<>());
        }
    }

    /** Runs {@code work} alone; undoes all of it if it throws. */
    public synchronized <T> T inTransaction(Function<Transaction, T> work) {
        Transaction tx = new Transaction();
        try {
            T result = work.apply(tx);
            tx.onCommit.forEach(Runnable::run);
            return result;
        } catch (RuntimeException e) {
            for (int i = tx.undo.size() - 1; i >= 0; i--) {
                tx.undo.get(i).run();
            }
            throw e;
        }
    }

    public synchronized Optional<JsonObject> find(EntitySet set, String company, String key) {
        return Optional.ofNullable(tables.get(set).get(id(company, key)));
    }

    /** A copy of every record of a set, in insertion order. */
    public synchronized List<JsonObject> all(EntitySet set) {
        return new ArrayList<>(tables.get(set).values());
    }

    public synchronized String nextSalesOrderNumber(String company) {
        long next = salesOrderNumbers.merge(company(company), 1L, Long::sum);
        return String.format(Locale.ROOT, "%06d", next);
    }

    public synchronized String nextInventoryLotId() {
        return String.format(Locale.ROOT, "%06d", ++inventoryLots);
    }

    public synchronized Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.forEach((set, table) -> counts.put(set.apiName(), table.size()));
        return counts;
    }

    public synchronized void clear() {
        tables.values().forEach(Map::clear);
        salesOrderNumbers.clear();
        inventoryLots = 0;
    }

    /** Company ids (dataAreaId) compare without regard to case, as in F&O. */
    public static String company(String dataAreaId) {
        return dataAreaId.toLowerCase(Locale.ROOT);
    }

    private static String id(String company, String key) {
        return company(company) + "|" + key;
    }
}
