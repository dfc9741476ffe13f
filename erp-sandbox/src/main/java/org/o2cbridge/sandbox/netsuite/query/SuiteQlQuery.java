package org.o2cbridge.sandbox.netsuite.query;

import java.util.List;

/**
 * A parsed SuiteQL query of the subset the simulator answers: columns of one table, filtered by
 * predicates that all must hold.
 */
public record SuiteQlQuery(List<Column> columns, String table, List<Predicate> where) {

    /**
     * A selected column: {@code name}, or {@code BUILTIN.DF(name)} (the display form of a list or
     * record reference) when {@code display} is set, answered under {@code label} (lowercase).
     */
    public record Column(String name, boolean display, String label) {
    }

    /** {@code column = value} or {@code column IN (values…)}: the column equals one of the values. */
    public record Predicate(String column, List<String> values) {
    }
}
