package org.o2cbridge.sandbox.netsuite.query;

import java.util.List;

/**
 * A parsed SuiteQL query of the subset the simulator answers: columns of one table, filtered by
 * predicates that all must hold, in the order of {@code orderBy} (then by internal id).
 */
public record SuiteQlQuery(List<Column> columns, String table, List<Predicate> where, List<Order> orderBy) {

    public SuiteQlQuery(List<Column> columns, String table, List<Predicate> where) {
        this(columns, table, where, List.of());
    }

    /**
     * A selected column: {@code name}, or {@code BUILTIN.DF(name)} (the display form of a list or
     * record reference) when {@code display} is set, answered under {@code label} (lowercase).
     */
    public record Column(String name, boolean display, String label) {
    }

    /**
     * {@code column = value} or {@code column IN (values…)}: the column equals one of the values;
     * or {@code column > value} (also {@code >=}, {@code <}, {@code <=}), compared as numbers when
     * both are numbers, as instants when both are timestamps, as text otherwise.
     */
    public record Predicate(String column, Operator operator, List<String> values) {

        public Predicate(String column, List<String> values) {
            this(column, Operator.EQUALS, values);
        }
    }

    public enum Operator { EQUALS, GREATER, GREATER_OR_EQUAL, LESS, LESS_OR_EQUAL }

    /** {@code ORDER BY column [ASC|DESC]}. */
    public record Order(String column, boolean descending) {
    }
}
