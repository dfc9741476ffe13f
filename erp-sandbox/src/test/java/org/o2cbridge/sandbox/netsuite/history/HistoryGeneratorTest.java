package org.o2cbridge.sandbox.netsuite.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class HistoryGeneratorTest {

    private static final LocalDate FROM = LocalDate.parse("2020-01-01");
    private static final LocalDate TO = LocalDate.parse("2025-01-01");

    private static HistoryGenerator history(long seed, long orders) {
        return new HistoryGenerator(new HistoryPlan(seed, orders, 3, FROM, TO, 50, 5));
    }

    @Test
    void theSameSeedGivesTheSameOrdersAndAnotherSeedOthers() {
        List<HistoryOrder> first = LongStream.range(0, 200).mapToObj(history(7, 1000)::order).toList();
        List<HistoryOrder> again = LongStream.range(0, 200).mapToObj(history(7, 1000)::order).toList();
        List<HistoryOrder> other = LongStream.range(0, 200).mapToObj(history(8, 1000)::order).toList();

        assertEquals(first, again);
        assertNotEquals(first, other);
        assertEquals(first.get(0).tranDate(), other.get(0).tranDate(), "dates follow the index, not the seed");
    }

    @Test
    void valuesStayInTheirRanges() {
        HistoryGenerator history = history(42, 5000);
        Set<String> statuses = new HashSet<>();
        Set<Long> customers = new HashSet<>();
        for (long i = 0; i < history.orders(); i++) {
            HistoryOrder order = history.order(i);
            assertEquals(900_000_001L + i, order.id());
            assertEquals(String.format("SO-H%07d", i + 1), order.tranId());
            assertEquals("PO-H" + (i + 1), order.otherRefNum());
            assertTrue(order.customerId() >= 800_000_001L && order.customerId() < 800_000_051L, order.toString());
            assertEquals("History Customer " + (order.customerId() - 800_000_000L), order.customerName());
            assertTrue(List.of("B:Pending Fulfillment", "G:Billed", "H:Closed").contains(order.statusId() + ":" + order.status()));
            assertTrue(List.of("1:USD", "2:GBP", "4:EUR").contains(order.currencyId() + ":" + order.currency()));
            assertEquals(order.tranDate() + "T12:00:00Z", order.lastModified().toString());
            assertEquals(3, order.lines().size());
            BigDecimal total = BigDecimal.ZERO;
            for (HistoryLine line : order.lines()) {
                assertTrue(line.quantity() >= 1 && line.quantity() <= 20);
                assertTrue(line.rate().compareTo(new BigDecimal("1.00")) >= 0 && line.rate().compareTo(new BigDecimal("999.99")) <= 0);
                assertEquals(2, line.rate().scale());
                assertTrue(line.itemId() >= 700_001 && line.itemId() <= 700_500);
                assertEquals(String.format("HIST-%04d", line.itemId() - 700_000), line.itemName());
                assertEquals(line.rate().multiply(BigDecimal.valueOf(line.quantity())), line.amount());
                assertEquals(5_000_000_000L + i * 100 + line.line(), line.uniqueKey());
                total = total.add(line.amount());
            }
            assertEquals(total, order.total());
            assertEquals(2, order.total().scale());
            statuses.add(order.status());
            customers.add(order.customerId());
        }
        assertEquals(3, statuses.size());
        assertEquals(50, customers.size());
    }

    @Test
    void datesNeverDecreaseAndStayWithinFromAndTo() {
        HistoryGenerator history = history(1, 100_000);
        LocalDate previous = FROM;
        for (long i = 0; i < history.orders(); i++) {
            LocalDate date = history.tranDate(i);
            assertFalse(date.isBefore(previous), "order " + i);
            assertTrue(date.isBefore(TO), "order " + i);
            previous = date;
        }
        assertEquals(FROM, history.tranDate(0));
        assertEquals(TO.minusDays(1), history.tranDate(history.orders() - 1));
    }

    @Test
    void idsAndIndexesMapBothWaysAndBoundsBecomeIndexRanges() {
        HistoryGenerator history = history(1, 10_000);
        for (long i : new long[] {0, 1, 4711, 9999}) {
            assertEquals(i, history.indexOfId(history.id(i)));
        }
        assertEquals(-1, history.indexOfId(900_000_000L));
        assertEquals(-1, history.indexOfId(900_010_001L));
        assertArrayEquals(new long[] {122, 10_000}, history.indexRangeOfIds(900_000_123L, 999_999_999L));
        assertArrayEquals(new long[] {0, 0}, history.indexRangeOfIds(1, 900_000_001L));

        long[] year2021 = history.indexRangeOfDates(LocalDate.parse("2021-01-01"), LocalDate.parse("2022-01-01"));
        assertEquals(LocalDate.parse("2021-01-01"), history.tranDate(year2021[0]));
        assertTrue(history.tranDate(year2021[0] - 1).isBefore(LocalDate.parse("2021-01-01")));
        assertEquals(LocalDate.parse("2022-01-01"), history.tranDate(year2021[1]));
        assertEquals(LocalDate.parse("2021-12-31"), history.tranDate(year2021[1] - 1));
    }

    @Test
    void plansOutOfRangeAreRefusedNamingTheValue() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new HistoryPlan(1, 5_000_001, 3, FROM, TO, 1, 0))
                .getMessage().startsWith("orders"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new HistoryPlan(1, 10, 51, FROM, TO, 1, 0))
                .getMessage().startsWith("linesPerOrder"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new HistoryPlan(1, 10, 3, TO, FROM, 1, 0))
                .getMessage().startsWith("to"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new HistoryPlan(1, 10, 3, FROM, TO, 0, 0))
                .getMessage().startsWith("customers"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new HistoryPlan(1, 10, 3, FROM, TO, 5, 6))
                .getMessage().startsWith("customersWithoutAccount"));
        assertEquals(0, new HistoryPlan(1, 0, 1, FROM, FROM.plusDays(1), 1, 1).lines());
    }

    @Test
    void theHolderAnswersTheCurrentPlanUntilCleared() {
        OrderHistory holder = new OrderHistory();
        assertTrue(holder.current().isEmpty());
        holder.replace(new HistoryPlan(7, 10, 2, FROM, TO, 3, 0));
        assertEquals(10, holder.orders());
        assertEquals("SO-H0000002", holder.orderById(900_000_002L).orElseThrow().tranId());
        assertTrue(holder.orderById(900_000_011L).isEmpty());
        holder.clear();
        assertEquals(0, holder.orders());
        assertEquals(-1, holder.indexOfId(900_000_001L));
    }
}
