package org.o2cbridge.sandbox.netsuite.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteAccount;

/**
 * Answers a SuiteQL query over the simulated account: the rows of its table that meet every
 * predicate, in internal id order, each with the selected columns under their lowercase labels
 * (a column the record has no value for is left out, as NetSuite does). Unknown tables and
 * columns are refused with NetSuite's 400 {@code INVALID_PARAMETER}.
 */
@ApplicationScoped
public class SuiteQlService {

    private NetSuiteAccount account;

    protected SuiteQlService() {
    }

    @Inject
    public SuiteQlService(NetSuiteAccount account) {
        this.account = account;
    }

    /** Every row of the query's answer, before paging. */
    public List<JsonObject> rows(String queryText) {
        SuiteQlQuery query = SuiteQlParser.parse(queryText);
        SuiteQlTable table = SuiteQlTable.named(query.table()).orElseThrow(() -> SuiteQlParser.invalid(
                "Search error occurred: Record '" + query.table() + "' was not found. The sandbox knows the tables "
                        + java.util.Arrays.stream(SuiteQlTable.values()).map(SuiteQlTable::tableName).toList() + "."));
        query.columns().forEach(column -> checkColumn(table, column.name()));
        query.where().forEach(predicate -> checkColumn(table, predicate.column()));
        return account.all(table.recordType()).stream()
                .filter(record -> query.where().stream().allMatch(predicate -> table.value(record, predicate.column(), false)
                        .filter(predicate.values()::contains).isPresent()))
                .sorted(Comparator.comparing(record -> internalId(record.getString("id"))))
                .map(record -> row(table, query, record))
                .toList();
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
