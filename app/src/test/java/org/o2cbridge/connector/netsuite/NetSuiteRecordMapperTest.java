package org.o2cbridge.connector.netsuite;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o2cbridge.connector.ErpSalesOrder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NetSuiteRecordMapperTest {

    @ParameterizedTest(name = "[{index}] activated {0}, NetSuite in {1}: tranDate {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-11-20T23:30:00Z | Europe/Berlin       | 2026-11-21",
            "2026-11-21T03:00:00Z | America/Los_Angeles | 2026-11-20",
            "2026-11-20T23:30:00Z | UTC                 | 2026-11-20",
            "                     | Pacific/Kiritimati  | 2026-11-19"})   // no activation time: the effective date
    void tranDateIsTheActivationsDateInTheAccountsTimeZone(String activatedAt, String zone, String expected) {
        NetSuiteSettings settings = new NetSuiteSettings("http://netsuite", null, Duration.ofSeconds(1),
                Duration.ofSeconds(1), 83, 5, "7", ZoneId.of(zone));
        ErpSalesOrder order = new ErpSalesOrder("801A", "001A", "1", LocalDate.of(2026, 11, 19),
                activatedAt == null ? null : Instant.parse(activatedAt), "USD", null, null,
                List.of(new ErpSalesOrder.Line("802A", "WID-100", new BigDecimal("1.000004"), "EA")));

        NetSuiteBodies.SalesOrder body = new NetSuiteRecordMapper(NetSuiteGatewayTest.mappings(), settings)
                .salesOrder(order, "647");

        assertEquals(expected, body.tranDate());
        assertEquals(new BigDecimal("1"), body.item().items().get(0).quantity(), "five decimals, zeros dropped");
    }
}
