package org.o2cbridge.sandbox.netsuite.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Computes the sales orders of one {@link HistoryPlan} from their index alone, so a history of
 * millions of orders is never held in memory. Order {@code i} (0-based) has internal id
 * {@value #FIRST_ORDER_ID} + i, number {@code SO-H} + the 7-digit i + 1, date
 * {@code from + floor(i * days / orders)} (never decreasing with i) and last change that day at
 * 12:00 UTC; its customer, currency, status, items, quantities and rates are picked by a hash of the
 * seed and the index, so the same plan always gives the same values. Both the id and the date grow
 * with the index, which lets a query turn bounds on them into a range of indexes.
 */
public final class HistoryGenerator {

    public static final long FIRST_ORDER_ID = 900_000_001L;
    public static final long FIRST_CUSTOMER_ID = 800_000_001L;
    public static final long ITEM_ID_BASE = 700_000L;
    public static final int ITEMS = 500;
    public static final long FIRST_LINE_KEY = 5_000_000_000L;
    private static final String[][] CURRENCIES = {{"1", "USD"}, {"2", "GBP"}, {"4", "EUR"}};
    private static final String[][] STATUSES = {{"B", "Pending Fulfillment"}, {"G", "Billed"}, {"H", "Closed"}};
    private static final long CUSTOMER = 1;
    private static final long CURRENCY = 2;
    private static final long STATUS = 3;
    private static final long ITEM = 4;
    private static final long QUANTITY = 5;
    private static final long RATE = 6;

    private final HistoryPlan plan;
    private final long days;

    public HistoryGenerator(HistoryPlan plan) {
        this.plan = plan;
        this.days = plan.days();
    }

    public HistoryPlan plan() {
        return plan;
    }

    public long orders() {
        return plan.orders();
    }

    public int linesPerOrder() {
        return plan.linesPerOrder();
    }

    public long id(long index) {
        return FIRST_ORDER_ID + index;
    }

    /** The index of the order with this internal id, or -1 when the history has no such order. */
    public long indexOfId(long id) {
        long index = id - FIRST_ORDER_ID;
        return index >= 0 && index < plan.orders() ? index : -1;
    }

    public String tranId(long index) {
        return "SO-H" + padded(index + 1, 7);
    }

    public LocalDate tranDate(long index) {
        return plan.from().plusDays(Math.floorDiv(index * days, plan.orders()));
    }

    public Instant lastModified(long index) {
        return tranDate(index).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    }

    /** The customer (0-based) of an order. */
    public int customer(long index) {
        return pick(index, 0, CUSTOMER, plan.customers());
    }

    public static long customerId(int customer) {
        return FIRST_CUSTOMER_ID + customer;
    }

    public static String customerName(int customer) {
        return "History Customer " + (customer + 1);
    }

    /** The indexes {@code [first, end)} of the orders whose internal ids are from {@code fromId} up to, not including, {@code toId}. */
    public long[] indexRangeOfIds(long fromId, long toId) {
        long first = clamp(fromId - FIRST_ORDER_ID);
        return new long[] {first, Math.max(first, clamp(toId - FIRST_ORDER_ID))};
    }

    /** The indexes {@code [first, end)} of the orders dated from {@code fromDate} up to, not including, {@code toDate}. */
    public long[] indexRangeOfDates(LocalDate fromDate, LocalDate toDate) {
        long first = firstIndex(index -> !tranDate(index).isBefore(fromDate));
        return new long[] {first, Math.max(first, firstIndex(index -> !tranDate(index).isBefore(toDate)))};
    }

    /** The first index for which {@code holds} is true, given it is false and then true as the index grows; {@link #orders()} when never. */
    public long firstIndex(LongPredicate holds) {
        long low = 0;
        long high = plan.orders();
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (holds.test(middle)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    public HistoryOrder order(long index) {
        if (index < 0 || index >= plan.orders()) {
            throw new IndexOutOfBoundsException("order " + index + " of " + plan.orders());
        }
        int customer = customer(index);
        String[] currency = CURRENCIES[pick(index, 0, CURRENCY, CURRENCIES.length)];
        String[] status = STATUSES[pick(index, 0, STATUS, STATUSES.length)];
        List<HistoryLine> lines = new ArrayList<>(plan.linesPerOrder());
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int k = 1; k <= plan.linesPerOrder(); k++) {
            int item = 1 + pick(index, k, ITEM, ITEMS);
            int quantity = 1 + pick(index, k, QUANTITY, 20);
            BigDecimal rate = BigDecimal.valueOf(100 + pick(index, k, RATE, 99_900), 2);
            BigDecimal amount = rate.multiply(BigDecimal.valueOf(quantity));
            total = total.add(amount);
            lines.add(new HistoryLine(k, lineKey(index, k), ITEM_ID_BASE + item, "HIST-" + padded(item, 4),
                    quantity, rate, amount));
        }
        return new HistoryOrder(index, id(index), tranId(index), tranDate(index), customerId(customer),
                customerName(customer), currency[0], currency[1], status[0], status[1], "PO-H" + (index + 1),
                lastModified(index), total, List.copyOf(lines));
    }

    /** NetSuite's account-wide {@code uniquekey} of line {@code line} (0 the main line) of an order. */
    public static long lineKey(long index, int line) {
        return FIRST_LINE_KEY + index * 100 + line;
    }

    private static String padded(long number, int digits) {
        String text = Long.toString(number);
        return text.length() >= digits ? text : "0".repeat(digits - text.length()) + text;
    }

    private long clamp(long index) {
        return Math.max(0, Math.min(plan.orders(), index));
    }

    private int pick(long index, long line, long salt, int bound) {
        return (int) Math.floorMod(mix(mix(plan.seed() ^ salt * 0x9E3779B97F4A7C15L) ^ index) ^ line * 0xC2B2AE3D27D4EB4FL,
                (long) bound);
    }

    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
