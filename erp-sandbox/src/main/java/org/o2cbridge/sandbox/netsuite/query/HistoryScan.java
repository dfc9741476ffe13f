package org.o2cbridge.sandbox.netsuite.query;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.o2cbridge.sandbox.netsuite.history.HistoryGenerator;
import org.o2cbridge.sandbox.netsuite.history.HistoryOrder;

/**
 * Which rows of the generated sales-order history a query asks for, worked out without generating
 * them. The history's {@code transaction} rows grow in {@code id}, {@code tranid}, {@code trandate},
 * {@code createddate} and {@code lastmodifieddate} with their index, so predicates on those columns
 * ({@code =}, {@code IN}, {@code <}, {@code <=}, {@code >}, {@code >=}) become ranges of indexes by
 * binary search, using the very comparisons {@link SuiteQlService} applies to every row; {@code type}
 * is the same for every order. In {@code transactionline}, predicates on {@code transaction} become
 * ranges of orders and those on {@code id}, {@code linesequencenumber}, {@code mainline} and
 * {@code taxline} pick the same lines of every order. When nothing else is asked ({@link #exact()})
 * and the rows are wanted in index order ({@link #inIndexOrder}), a page is answered by generating
 * its rows alone and the count is arithmetic. Any other predicate or order makes the caller scan the
 * rows of the ranges ({@link #matching}): correct, but as slow as the ranges are long.
 */
final class HistoryScan {

    private static final Set<String> ORDER_COLUMNS = Set.of("id", "tranid", "trandate", "createddate", "lastmodifieddate");
    private static final Set<String> LINE_COLUMNS = Set.of("id", "linesequencenumber", "mainline", "taxline");

    private final SuiteQlTable table;
    private final HistoryGenerator history;
    private List<long[]> ranges;
    private int[] lines;
    private final List<SuiteQlQuery.Predicate> residual = new ArrayList<>();

    private HistoryScan(SuiteQlTable table, HistoryGenerator history) {
        this.table = table;
        this.history = history;
        this.ranges = history.orders() == 0 ? List.of() : List.<long[]>of(new long[] {0, history.orders()});
        this.lines = table == SuiteQlTable.TRANSACTION ? new int[] {0}
                : IntStream.rangeClosed(0, history.linesPerOrder()).toArray();
    }

    static HistoryScan of(SuiteQlTable table, SuiteQlQuery query, HistoryGenerator history) {
        HistoryScan scan = new HistoryScan(table, history);
        query.where().forEach(scan::narrow);
        return scan;
    }

    private void narrow(SuiteQlQuery.Predicate predicate) {
        String column = predicate.column();
        if (table == SuiteQlTable.TRANSACTION && column.equals("type")) {
            if (!SuiteQlService.holds(predicate, Optional.of("SalesOrd"))) {
                ranges = List.of();
            }
        } else if (table == SuiteQlTable.TRANSACTION && ORDER_COLUMNS.contains(column)) {
            ranges = intersect(ranges, indexes(predicate, orderColumn(column)));
        } else if (table == SuiteQlTable.TRANSACTION_LINE && column.equals("transaction")) {
            ranges = intersect(ranges, indexes(predicate, index -> Long.toString(history.id(index))));
        } else if (table == SuiteQlTable.TRANSACTION_LINE && LINE_COLUMNS.contains(column)) {
            lines = IntStream.of(lines).filter(line -> SuiteQlService.holds(predicate, Optional.of(lineColumn(column, line))))
                    .toArray();
        } else {
            residual.add(predicate);
        }
    }

    private LongFunction<String> orderColumn(String column) {
        return switch (column) {
            case "id" -> index -> Long.toString(history.id(index));
            case "tranid" -> history::tranId;
            case "trandate" -> index -> history.tranDate(index).toString();
            default -> index -> history.lastModified(index).toString();
        };
    }

    private static String lineColumn(String column, int line) {
        return switch (column) {
            case "mainline" -> line == 0 ? "T" : "F";
            case "taxline" -> "F";
            default -> Integer.toString(line);
        };
    }

    /** Whether the predicates were all turned into ranges, so {@link #rows} is the whole answer. */
    boolean exact() {
        return residual.isEmpty();
    }

    /**
     * Whether {@code orderBy} puts history rows in index order: nothing or {@code id} for
     * {@code transaction}; nothing or {@code transaction} then {@code linesequencenumber}, {@code id}
     * or {@code uniquekey} for {@code transactionline}; ascending.
     */
    boolean inIndexOrder(List<SuiteQlQuery.Order> orderBy) {
        if (orderBy.stream().anyMatch(SuiteQlQuery.Order::descending)) {
            return false;
        }
        List<String> columns = orderBy.stream().map(SuiteQlQuery.Order::column).toList();
        if (table == SuiteQlTable.TRANSACTION) {
            return columns.isEmpty() || columns.equals(List.of("id"));
        }
        return columns.isEmpty() || columns.equals(List.of("transaction"))
                || columns.size() == 2 && columns.get(0).equals("transaction")
                && Set.of("linesequencenumber", "id", "uniquekey").contains(columns.get(1));
    }

    /** The internal id of the history's first order: every record and billing document's is below it. */
    long firstOrderId() {
        return history.id(0);
    }

    /** The rows of the ranges in index order, each shaped by {@code project}, generated a page at a time. */
    SuiteQlRows rows(Function<JsonObject, JsonObject> project) {
        long total = ranges.stream().mapToLong(range -> range[1] - range[0]).sum() * lines.length;
        return new SuiteQlRows() {
            @Override
            public long total() {
                return total;
            }

            @Override
            public List<JsonObject> slice(long from, int count) {
                List<JsonObject> page = new ArrayList<>(Math.max(0, (int) Math.min(count, total - from)));
                walk(from, count, record -> page.add(project.apply(record)));
                return page;
            }
        };
    }

    /** Every record of the ranges that {@code matches}, generating them all: the slow way, for other queries. */
    List<JsonObject> matching(Predicate<JsonObject> matches) {
        List<JsonObject> found = new ArrayList<>();
        walk(0, Long.MAX_VALUE, record -> {
            if (matches.test(record)) {
                found.add(record);
            }
        });
        return found;
    }

    private void walk(long from, long count, Consumer<JsonObject> sink) {
        if (lines.length == 0 || count <= 0 || from < 0) {
            return;
        }
        long ordinal = from / lines.length;
        int line = (int) (from % lines.length);
        long left = count;
        for (long[] range : ranges) {
            long size = range[1] - range[0];
            if (ordinal >= size) {
                ordinal -= size;
                continue;
            }
            for (long index = range[0] + ordinal; index < range[1] && left > 0; index++) {
                HistoryOrder order = history.order(index);
                List<JsonObject> records = table == SuiteQlTable.TRANSACTION
                        ? List.of(TransactionLines.transaction(order)) : TransactionLines.lines(order);
                for (; line < lines.length && left > 0; line++, left--) {
                    sink.accept(records.get(lines[line]));
                }
                line = 0;
            }
            ordinal = 0;
            if (left == 0) {
                return;
            }
        }
    }

    /**
     * The indexes {@code [from, to)} whose value meets the predicate, for a column whose value never
     * decreases with the index, as {@link SuiteQlService} compares it; {@code =} and {@code IN} match
     * the exact text, as there.
     */
    private List<long[]> indexes(SuiteQlQuery.Predicate predicate, LongFunction<String> value) {
        long end = history.orders();
        if (predicate.operator() == SuiteQlQuery.Operator.EQUALS) {
            List<long[]> found = new ArrayList<>();
            for (String wanted : predicate.values()) {
                long first = history.firstIndex(index -> SuiteQlService.compare(value.apply(index), wanted) >= 0);
                long after = history.firstIndex(index -> SuiteQlService.compare(value.apply(index), wanted) > 0);
                if (first < after && value.apply(first).equals(wanted)) {
                    found.add(new long[] {first, after});
                }
            }
            return union(found);
        }
        String bound = predicate.values().get(0);
        long atLeast = history.firstIndex(index -> SuiteQlService.compare(value.apply(index), bound) >= 0);
        long above = history.firstIndex(index -> SuiteQlService.compare(value.apply(index), bound) > 0);
        long[] range = switch (predicate.operator()) {
            case GREATER -> new long[] {above, end};
            case GREATER_OR_EQUAL -> new long[] {atLeast, end};
            case LESS -> new long[] {0, atLeast};
            case LESS_OR_EQUAL -> new long[] {0, above};
            case EQUALS -> new long[] {atLeast, above};
        };
        return range[0] < range[1] ? List.of(range) : List.of();
    }

    private static List<long[]> union(List<long[]> ranges) {
        List<long[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(range -> range[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] range : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(new long[] {range[0], range[1]});
            }
        }
        return merged;
    }

    private static List<long[]> intersect(List<long[]> a, List<long[]> b) {
        List<long[]> both = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            long from = Math.max(a.get(i)[0], b.get(j)[0]);
            long to = Math.min(a.get(i)[1], b.get(j)[1]);
            if (from < to) {
                both.add(new long[] {from, to});
            }
            if (a.get(i)[1] < b.get(j)[1]) {
                i++;
            } else {
                j++;
            }
        }
        return both;
    }
}
