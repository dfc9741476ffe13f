package org.o2cbridge.sandbox.netsuite.query;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The rows of a SuiteQL answer in their order, read a slice at a time: a list already in memory, or
 * rows computed only when a page asks for them (the generated sales-order history), so a page of a
 * million-row answer costs the page alone.
 */
public interface SuiteQlRows {

    /** How many rows the answer has. */
    long total();

    /** At most {@code count} rows from position {@code from} (0-based) on. */
    List<JsonObject> slice(long from, int count);

    /** Every row; only for answers known to be small. */
    default List<JsonObject> all() {
        return slice(0, (int) Math.min(Integer.MAX_VALUE, total()));
    }

    static SuiteQlRows of(List<JsonObject> rows) {
        return new SuiteQlRows() {
            @Override
            public long total() {
                return rows.size();
            }

            @Override
            public List<JsonObject> slice(long from, int count) {
                int start = (int) Math.min(from, rows.size());
                return rows.subList(start, (int) Math.min((long) start + count, rows.size()));
            }
        };
    }

    /**
     * The records in their order, each turned into its row only when a slice holds it: a page of a
     * large answer projects its own rows, not every matching record.
     */
    static SuiteQlRows projected(List<JsonObject> records, Function<JsonObject, JsonObject> project) {
        return new SuiteQlRows() {
            @Override
            public long total() {
                return records.size();
            }

            @Override
            public List<JsonObject> slice(long from, int count) {
                int start = (int) Math.min(from, records.size());
                return records.subList(start, (int) Math.min((long) start + count, records.size())).stream()
                        .map(project).toList();
            }
        };
    }

    /** The rows of {@code first}, then those of {@code second}. */
    static SuiteQlRows concat(SuiteQlRows first, SuiteQlRows second) {
        return new SuiteQlRows() {
            @Override
            public long total() {
                return first.total() + second.total();
            }

            @Override
            public List<JsonObject> slice(long from, int count) {
                List<JsonObject> rows = new ArrayList<>(first.slice(from, count));
                if (rows.size() < count) {
                    rows.addAll(second.slice(Math.max(0, from - first.total()), count - rows.size()));
                }
                return rows;
            }
        };
    }
}
