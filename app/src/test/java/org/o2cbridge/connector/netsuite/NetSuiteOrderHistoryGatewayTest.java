package org.o2cbridge.connector.netsuite;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.o2cbridge.history.DateRange;
import org.o2cbridge.history.HistoricalOrderLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NetSuiteOrderHistoryGatewayTest {

    private static final DateRange YEAR_2021 = new DateRange(LocalDate.parse("2021-01-01"), LocalDate.parse("2022-01-01"));

    @Test
    void ordersAreAskedForByDateRangeAndAfterTheLastKeyInKeyOrder() {
        assertEquals("SELECT id, tranid, trandate, entity, BUILTIN.DF(currency) AS currency, foreigntotal, "
                + "BUILTIN.DF(status) AS status, otherrefnum, externalid FROM transaction WHERE type = 'SalesOrd' "
                + "AND trandate >= TO_DATE('2021-01-01', 'YYYY-MM-DD') AND trandate < TO_DATE('2022-01-01', 'YYYY-MM-DD') "
                + "AND id > 900000123 ORDER BY id", NetSuiteOrderHistoryGateway.ordersQuery(YEAR_2021, "900000123"));
        assertEquals(false, NetSuiteOrderHistoryGateway.ordersQuery(YEAR_2021, null).contains("id >"));
    }

    @Test
    void aKeyThatIsNotANumberNeverReachesTheQuery() {
        assertThrows(NumberFormatException.class, () -> NetSuiteOrderHistoryGateway.ordersQuery(YEAR_2021, "1 OR 1=1"));
        assertThrows(NumberFormatException.class, () -> NetSuiteOrderHistoryGateway.linesQuery(List.of("7", "8)--")));
    }

    @Test
    void linesAreTheItemLinesOfThePagesOrders() {
        assertEquals("SELECT transaction, uniquekey, linesequencenumber, BUILTIN.DF(item) AS item, quantity, rate, netamount "
                + "FROM transactionline WHERE transaction IN (7, 8) AND mainline = 'F' AND taxline = 'F' "
                + "ORDER BY transaction, linesequencenumber", NetSuiteOrderHistoryGateway.linesQuery(List.of("7", "8")));
    }

    @Test
    void aSalesOrderLinesNegativeQuantityIsTurnedPositive() {
        HistoricalOrderLine line = NetSuiteOrderHistoryGateway.line(Json.createObjectBuilder().add("transaction", "7")
                .add("uniquekey", "5000000701").add("item", "HIST-0042").add("quantity", "-3").add("rate", "12.5")
                .add("netamount", "-37.5").build());
        assertEquals(new HistoricalOrderLine("5000000701", "HIST-0042", new BigDecimal("3"), new BigDecimal("12.5")), line);
        assertEquals(new BigDecimal("4"), NetSuiteOrderHistoryGateway.line(Json.createObjectBuilder()
                .add("uniquekey", 1).add("quantity", 4).build()).quantity(), "numbers may come as JSON numbers");
    }
}
