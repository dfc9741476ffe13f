package org.o2cbridge.history;

import org.junit.jupiter.api.Test;
import org.o2cbridge.jobs.FixedInstance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HistoricalOrderReaderTest {

    /** Ten orders with keys 101 to 110 in one range, served by key; remembers the keys asked after. */
    private static final class TenOrders implements OrderHistorySource {
        final List<String> askedAfter = new ArrayList<>();
        final String system;

        TenOrders() {
            this("netsuite");
        }

        TenOrders(String system) {
            this.system = system;
        }

        @Override
        public String system() {
            return system;
        }

        @Override
        public HistoryPage after(DateRange range, String afterErpId, int limit) {
            assertEquals(new DateRange(LocalDate.parse("2020-01-01"), LocalDate.parse("2021-01-01")), range);
            askedAfter.add(afterErpId);
            long first = afterErpId == null ? 101 : Long.parseLong(afterErpId) + 1;
            List<HistoricalOrder> page = new ArrayList<>();
            for (long key = first; key <= 110 && page.size() < limit; key++) {
                page.add(new HistoricalOrder(Long.toString(key), "SO" + key, "C1", LocalDate.parse("2020-06-01"), "USD",
                        "Billed", BigDecimal.TEN, null, List.of()));
            }
            return new HistoryPage(page, !page.isEmpty() && Long.parseLong(page.get(page.size() - 1).erpId()) < 110);
        }

        @Override
        public long count(DateRange range) {
            return 10;
        }
    }

    private static HistoricalOrderReader reader(OrderHistorySource source) {
        HistoricalOrderReader reader = new HistoricalOrderReader();
        reader.sources = new FixedInstance<>(List.of(source));
        reader.erp = source.system();
        reader.from = "2020-01-01";
        reader.to = "2021-01-01";
        reader.pageSizeProperty = "4";
        return reader;
    }

    private static List<String> read(HistoricalOrderReader reader, int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Object item = reader.readItem();
            if (item == null) {
                break;
            }
            keys.add(((HistoricalOrder) item).erpId());
        }
        return keys;
    }

    @Test
    void readsEveryOrderOfTheRangeByKeyAPageAtATime() {
        TenOrders source = new TenOrders();
        HistoricalOrderReader reader = reader(source);
        reader.open(null);
        assertEquals(List.of("101", "102", "103", "104", "105", "106", "107", "108", "109", "110"), read(reader, 20));
        assertNull(reader.readItem());
        assertEquals(java.util.Arrays.asList(null, "104", "108"), source.askedAfter);
    }

    @Test
    void aRestartGoesOnAfterTheLastCommittedKeyWithoutReadingItAgain() {
        HistoricalOrderReader first = reader(new TenOrders());
        first.open(null);
        read(first, 6);
        java.io.Serializable checkpoint = first.checkpointInfo();
        assertEquals("106", checkpoint);

        TenOrders source = new TenOrders();
        HistoricalOrderReader restarted = reader(source);
        restarted.open(checkpoint);
        assertEquals(List.of("107", "108", "109", "110"), read(restarted, 20));
        assertEquals(List.of("106"), source.askedAfter.subList(0, 1));
    }

    @Test
    void readsTheAdapterOfTheRunsErp() {
        TenOrders netSuite = new TenOrders("netsuite");
        TenOrders sap = new TenOrders("sap");
        HistoricalOrderReader reader = reader(sap);
        reader.sources = new FixedInstance<>(List.of(netSuite, sap));
        reader.open(null);
        assertEquals(4, read(reader, 4).size());
        assertEquals(1, sap.askedAfter.size());
        assertEquals(List.of(), netSuite.askedAfter);
    }
}
