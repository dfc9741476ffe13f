package org.o2cbridge.sandbox.netsuite.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.o2cbridge.sandbox.netsuite.billing.BillingHistory;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteAccount;

/**
 * Answers a SuiteQL query over the simulated account: the rows of its table that meet every
 * predicate, in the query's {@code ORDER BY} order and then by internal id, each with the selected columns under their lowercase labels
 * (a column the record has no value for is left out, as NetSuite does). Unknown tables and
 * columns are refused with NetSuite's 400 {@code INVALID_PARAMETER}.
 */
@ApplicationScoped
public class SuiteQlService {

    private NetSuiteAccount account;
    private BillingHistory billing;

    protected SuiteQlService() {
    }

    public SuiteQlService(NetSuiteAccount account) {
        this(account, new BillingHistory());
    }

    @Inject
    public SuiteQlService(NetSuiteAccount account, BillingHistory billing) {
        this.account = account;
        this.billing = billing;
    }

    /** Every row of the query's answer, before paging. */
    public List<JsonObject> rows(String queryText) {
        SuiteQlQuery query = SuiteQlParser.parse(queryText);
        SuiteQlTable table = SuiteQlTable.named(query.table()).orElseThrow(() -> SuiteQlParser.invalid(
                "Search error occurred: Record '" + query.table() + "' was not found. The sandbox knows the tables "
                        + java.util.Arrays.stream(SuiteQlTable.values()).map(SuiteQlTable::tableName).toList() + "."));
        query.columns().forEach(column -> checkColumn(table, column.name()));
        query.where().forEach(predicate -> checkColumn(table, predicate.column()));
        query.orderBy().forEach(order -> checkColumn(table, order.column()));
        List<JsonObject> records = new ArrayList<>(account.all(table.recordType()));
        if (table.holdsBilling()) {
            records.addAll(billing.documents());
        }
        Comparator<JsonObject> order = (a, b) -> 0;
        for (SuiteQlQuery.Order by : query.orderBy()) {
            Comparator<JsonObject> column = (a, b) -> compareNullsFirst(table.value(a, by.column(), false),
                    table.value(b, by.column(), false));
            order = order.thenComparing(by.descending() ? column.reversed() : column);
        }
        order = order.thenComparing(record -> internalId(record.getString("id")));
        return records.stream()
                .filter(record -> query.where().stream().allMatch(predicate -> holds(predicate,
                        table.value(record, predicate.column(), false))))
                .sorted(order)
                .map(record -> row(table, query, record))
                .toList();
    }

    private static boolean holds(SuiteQlQuery.Predicate predicate, Optional<String> value) {
        if (value.isEmpty()) {
            return false;
        }
        if (predicate.operator() == SuiteQlQuery.Operator.EQUALS) {
            return predicate.values().contains(value.get());
        }
        int comparison = compare(value.get(), predicate.values().get(0));
        return switch (predicate.operator()) {
            case GREATER -> comparison > 0;
            case GREATER_OR_EQUAL -> comparison >= 0;
            case LESS -> comparison < 0;
            case LESS_OR_EQUAL -> comparison <= 0;
            case EQUALS -> comparison == 0;
        };
    }

    private static int compareNullsFirst(Optional<String> a, Optional<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isPresent(), b.isPresent());
        }
        return compare(a.get(), b.get());
    }

    /** Compares as numbers when both are numbers, as instants when both are timestamps, else as text. */
    static int compare(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b));
        } catch (NumberFormatException notNumbers) {
            try {
                return Instant.parse(a).compareTo(Instant.parse(b));
            } catch (DateTimeParseException notInstants) {
                return a.compareTo(b);
            }
        }
    }

    private static JsonObject row(SuiteQlTable table, SuiteQlQuery query, JsonObject record) {
        JsonObjectBuilder row = Json.createObjectBuilder().add("links", Json.createArrayBuilder());
        for (SuiteQlQuery.Column column : query.columns()) {
            Optional<String> value = table.value(record, column.name(), column.display());
            value.ifPresent(text -> row.add(column.label(), text));
        }
        return row.build();
    }

    private static void checkColumn(SuiteQlTable table, String column) {
        if (!table.hasColumn(column)) {
            throw SuiteQlParser.invalid("Search error occurred: Field '" + column + "' for record '" + table.tableName()
                    + "' was not found.");
        }
    }

    private static BigInteger internalId(String id) {
        try {
            return new BigInteger(id);
        } catch (NumberFormatException e) {
            return BigInteger.ZERO;
        }
    }
}
