package org.o2cbridge.history;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MigrationTallyTest {

    private static HistoricalOrder order(int n) {
        HistoricalOrderLine line = new HistoricalOrderLine(n + "-1", "ITEM", BigDecimal.ONE, BigDecimal.TEN);
        return new HistoricalOrder(Integer.toString(n), "SO" + n, "C" + n, LocalDate.parse("2021-03-0" + n), "USD",
                "Billed", new BigDecimal("20.00"), null, List.of(line, line));
    }

    @Test
    void partitionsAddUpAndTheSampleKeepsTheFirstOrders() {
        MigrationTally a = new MigrationTally();
        a.read(order(1));
        a.read(order(2));
        MigrationTally b = new MigrationTally();
        b.read(order(3));
        b.read(order(4));
        b.rejectedOrder(order(4));
        b.rejectedLine();
        MigrationTally total = new MigrationTally();
        total.add(a);
        total.add(b);
        assertEquals("DRY RUN: 4 orders and 8 lines would be loaded; nothing was written; sample: "
                + "SO1 2021-03-01 20.00 USD customer C1 (2 lines) | SO2 2021-03-02 20.00 USD customer C2 (2 lines) | "
                + "SO3 2021-03-03 20.00 USD customer C3 (2 lines)", total.describe(true));
        assertEquals("LOADED: 3 of 4 orders and 5 of 8 lines; Salesforce refused 1 orders (2 lines not sent) and 1 lines",
                total.describe(false));
    }
}
