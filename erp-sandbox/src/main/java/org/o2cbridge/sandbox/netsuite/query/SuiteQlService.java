package org.o2cbridge.sandbox.netsuite.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.o2cbridge.sandbox.netsuite.billing.BillingHistory;
import org.o2cbridge.sandbox.netsuite.fulfillment.FulfillmentHistory;
import org.o2cbridge.sandbox.netsuite.history.HistoryGenerator;
import org.o2cbridge.sandbox.netsuite.history.OrderHistory;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteAccount;
import org.o2cbridge.sandbox.netsuite.record.RecordType;

/**
 * Answers a SuiteQL query over the simulated account: the rows of its table that meet every
 * predicate, in the query's {@code ORDER BY} order and then by internal id ({@code transactionline}:
 * by transaction, then line), each with the selected columns under their lowercase labels
 * (a column the record has no value for is left out, as NetSuite does). Unknown tables and
 * columns are refused with NetSuite's 400 {@code INVALID_PARAMETER}.
 *
 * <p>Records, billing documents and item fulfillments are few and filtered in memory. The generated sales-order
 * history ({@link OrderHistory}) may hold millions of orders: a query {@link HistoryScan} can turn
 * into ranges of orders, in id order, reads only the rows of the page asked for; any other query on
 * {@code transaction} or {@code transactionline} generates every history row its ranges hold and is
 * slow on a large history (correct, though).
 */
@ApplicationScoped
public class SuiteQlService {

    private NetSuiteAccount account;
    private BillingHistory billing;
    private FulfillmentHistory fulfillments;
    private OrderHistory history;

    protected SuiteQlService() {
    }

    public SuiteQlService(NetSuiteAccount account) {
        this(account, new BillingHistory());
    }

    public SuiteQlService(NetSuiteAccount account, BillingHistory billing) {
        this(account, billing, new OrderHistory());
    }

    public SuiteQlService(NetSuiteAccount account, BillingHistory billing, OrderHistory history) {
        this(account, billing, new FulfillmentHistory(), history);
    }

    @Inject
    public SuiteQlService(NetSuiteAccount account, BillingHistory billing, FulfillmentHistory fulfillments,
                          OrderHistory history) {
        this.account = account;
        this.billing = billing;
        this.fulfillments = fulfillments;
        this.history = history;
    }

    /** Every row of the query's answer, before paging; for answers known to be small. */
    public List<JsonObject> rows(String queryText) {
        return select(queryText).all();
    }

    /** The query's answer, read a page at a time ({@link SuiteQlPage}). */
    public SuiteQlRows select(String queryText) {
        SuiteQlQuery query = SuiteQlParser.parse(queryText);
        SuiteQlTable table = SuiteQlTable.named(query.table()).orElseThrow(() -> SuiteQlParser.invalid(
                "Search error occurred: Record '" + query.table() + "' was not found. The sandbox knows the tables "
                        + java.util.Arrays.stream(SuiteQlTable.values()).map(SuiteQlTable::tableName).toList() + "."));
        query.columns().forEach(column -> checkColumn(table, column.name()));
        query.where().forEach(predicate -> checkColumn(table, predicate.column()));
        query.orderBy().forEach(order -> checkColumn(table, order.column()));
        List<Condition> conditions = query.where().stream().map(Condition::of).toList();
        Predicate<JsonObject> matches = record -> conditions.stream().allMatch(condition -> condition.holds(
                table.value(record, condition.predicate().column(), false)));
        Function<JsonObject, JsonObject> project = record -> row(table, query, record);
        List<JsonObject> records = accountRecords(table).stream().filter(matches).toList();
        Optional<HistoryGenerator> generated = table.holdsHistory() ? history.current() : Optional.empty();
        if (generated.isPresent()) {
            HistoryScan scan = HistoryScan.of(table, query, generated.get());
            String key = table == SuiteQlTable.TRANSACTION_LINE ? "transaction" : "id";
            BigInteger firstHistoryId = BigInteger.valueOf(scan.firstOrderId());
            if (scan.exact() && scan.inIndexOrder(query.orderBy())
                    && records.stream().allMatch(record -> internalId(record.getString(key)).compareTo(firstHistoryId) < 0)) {
                return SuiteQlRows.concat(SuiteQlRows.projected(sorted(table, query, records), project),
                        scan.rows(project));
            }
            List<JsonObject> all = new ArrayList<>(records);
            all.addAll(scan.matching(matches));
            records = all;
        }
        return SuiteQlRows.projected(sorted(table, query, records), project);
    }

    /**
     * The records in the query's order, then by internal id ({@code transactionline}: by
     * transaction, then line). Each record's sort values are read and parsed once, not once per
     * comparison: a page of a large table sorts every matching row.
     */
    private static List<JsonObject> sorted(SuiteQlTable table, SuiteQlQuery query, List<JsonObject> records) {
        List<SuiteQlQuery.Order> orderBy = query.orderBy();
        boolean lines = table == SuiteQlTable.TRANSACTION_LINE;
        List<SortKey> keys = new ArrayList<>(records.size());
        for (JsonObject record : records) {
            SortValue[] values = new SortValue[orderBy.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = table.value(record, orderBy.get(i).column(), false).map(SortValue::of).orElse(null);
            }
            keys.add(new SortKey(record, values,
                    internalId(record.getString(lines ? "transaction" : "id")),
                    lines ? internalId(record.getString("id")) : BigInteger.ZERO));
        }
        keys.sort((a, b) -> {
            for (int i = 0; i < orderBy.size(); i++) {
                int byColumn = compareNullsFirst(a.values()[i], b.values()[i]);
                if (byColumn != 0) {
                    return orderBy.get(i).descending() ? -byColumn : byColumn;
                }
            }
            int byId = a.id().compareTo(b.id());
            return byId != 0 ? byId : a.lineId().compareTo(b.lineId());
        });
        return keys.stream().map(SortKey::record).toList();
    }

    /** A record with its parsed sort values (null: no value, which sorts first) and its ids. */
    private record SortKey(JsonObject record, SortValue[] values, BigInteger id, BigInteger lineId) {
    }

    /** A predicate with its bound parsed once for the whole query. */
    private record Condition(SuiteQlQuery.Predicate predicate, SortValue bound) {

        static Condition of(SuiteQlQuery.Predicate predicate) {
            return new Condition(predicate, predicate.operator() == SuiteQlQuery.Operator.EQUALS
                    ? null : SortValue.of(predicate.values().get(0)));
        }

        boolean holds(Optional<String> value) {
            return bound == null ? SuiteQlService.holds(predicate, value)
                    : value.isPresent() && meets(predicate.operator(), SortValue.of(value.get()).compareTo(bound));
        }
    }

    private List<JsonObject> accountRecords(SuiteQlTable table) {
        List<JsonObject> records = new ArrayList<>();
        if (table == SuiteQlTable.TRANSACTION_LINE) {
            account.all(RecordType.SALES_ORDER).forEach(order -> records.addAll(TransactionLines.lines(order)));
            return records;
        }
        records.addAll(account.all(table.recordType()));
        if (table.holdsBilling()) {
            records.addAll(billing.documents());
            records.addAll(fulfillments.documents());
        }
        return records;
    }

    static boolean holds(SuiteQlQuery.Predicate predicate, Optional<String> value) {
        if (value.isEmpty()) {
            return false;
        }
        if (predicate.operator() == SuiteQlQuery.Operator.EQUALS) {
            return predicate.values().contains(value.get());
        }
        return meets(predicate.operator(), compare(value.get(), predicate.values().get(0)));
    }

    private static boolean meets(SuiteQlQuery.Operator operator, int comparison) {
        return switch (operator) {
            case GREATER -> comparison > 0;
            case GREATER_OR_EQUAL -> comparison >= 0;
            case LESS -> comparison < 0;
            case LESS_OR_EQUAL -> comparison <= 0;
            case EQUALS -> comparison == 0;
        };
    }

    private static int compareNullsFirst(SortValue a, SortValue b) {
        if (a == null || b == null) {
            return Boolean.compare(a != null, b != null);
        }
        return a.compareTo(b);
    }

    /**
     * Compares as numbers when both are numbers, as instants when both are timestamps, else as text.
     * The kinds are told apart by their characters first, so sorting a large table does not throw
     * and catch a parse exception per comparison.
     */
    static int compare(String a, String b) {
        return SortValue.of(a).compareTo(SortValue.of(b));
    }

    /** A value as SuiteQL sorts and compares it: its number or instant when it is one, else its text. */
    private record SortValue(String text, BigDecimal number, Instant instant) implements Comparable<SortValue> {

        static SortValue of(String text) {
            if (decimal(text)) {
                return new SortValue(text, new BigDecimal(text), null);
            }
            if (timestamp(text)) {
                Instant instant = utcInstant(text);
                if (instant != null) {
                    return new SortValue(text, null, instant);
                }
                try {
                    return new SortValue(text, null, Instant.parse(text));
                } catch (DateTimeParseException notAnInstant) {
                    return new SortValue(text, null, null);
                }
            }
            return new SortValue(text, null, null);
        }

        @Override
        public int compareTo(SortValue other) {
            if (number != null && other.number != null) {
                return number.compareTo(other.number);
            }
            if (instant != null && other.instant != null) {
                return instant.compareTo(other.instant);
            }
            return text.compareTo(other.text);
        }
    }

    private static final int[] FRACTION_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    /**
     * The instant of {@code 2026-01-31T23:59:59Z}, with 1 to 9 fraction digits or none, read
     * without a formatter (the sandbox compares every row's change time on every page; the
     * formatter's parse was most of a page's cost); null for anything else, which
     * {@link Instant#parse} then reads as before.
     */
    static Instant utcInstant(String text) {
        int length = text.length();
        if (length < 20 || length == 21 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || (length > 20 && text.charAt(19) != '.')) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int fraction = length > 20 ? digits(text, 20, length - 21) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || fraction < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second,
                    length > 20 ? fraction * FRACTION_SCALE[length - 21] : 0).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    /** The number the digits at {@code from} spell, or -1 when one is no digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A plain decimal: an optional sign, digits, at most one point. */
    private static boolean decimal(String text) {
        int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        boolean digits = false;
        boolean point = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits;
    }

    /** Shaped like an ISO-8601 instant: {@code 2026-01-31T23:59:59Z}. */
    private static boolean timestamp(String text) {
        return text.length() >= 20 && text.charAt(4) == '-' && text.charAt(10) == 'T';
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
