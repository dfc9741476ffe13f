package org.o2cbridge.sandbox.sap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.netsuite.history.HistoryGenerator;
import org.o2cbridge.sandbox.netsuite.history.HistoryPlan;

class SapHistoryTest {

    private final HistoryGenerator history = new HistoryGenerator(new HistoryPlan(3, 100, 2,
            LocalDate.parse("2020-01-01"), LocalDate.parse("2020-04-10"), 5, 0));

    @Test
    void aHistoryFilterSelectsTheRangesOrdersAfterTheKey() {
        assertArrayEquals(new long[] {0, 100}, SapHistory.select(history,
                "SalesOrderDate ge datetime'2020-01-01T00:00:00' and SalesOrderDate lt datetime'2021-01-01T00:00:00'"));
        assertArrayEquals(new long[] {43, 100}, SapHistory.select(history, "SalesOrderDate ge datetime'2020-01-01T00:00:00' "
                + "and SalesOrderDate lt datetime'2021-01-01T00:00:00' and SalesOrder gt '" + SapHistory.number(42) + "'"));
        long[] january = SapHistory.select(history,
                "SalesOrderDate ge datetime'2020-01-01T00:00:00' and SalesOrderDate lt datetime'2020-02-01T00:00:00'");
        assertEquals(LocalDate.parse("2020-02-01"), history.tranDate(january[1]).withDayOfMonth(1));
        assertNull(SapHistory.select(history, "SoldToParty eq '1'"), "anything else is refused");
    }

    @Test
    void anOrderShowsAsTheODataV2ServiceShowsIt() {
        JsonObject order = SapHistory.entity(history.order(0), "https://sap/", true);
        assertEquals("60000001", order.getString("SalesOrder"));
        assertEquals("/Date(1577836800000)/", order.getString("SalesOrderDate"));
        assertEquals("10", order.getJsonObject("to_Item").getJsonArray("results").getJsonObject(0).getString("SalesOrderItem"));
        assertEquals(history.order(0).total().toPlainString(), order.getString("TotalNetAmount"));
    }
}
