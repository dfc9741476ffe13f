package org.o2cbridge.connector.netsuite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o2cbridge.connector.ErpSalesOrder;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.mapping.MappingService;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                null, null, List.of(new ErpSalesOrder.Line("802A", "WID-100", new BigDecimal("1.000004"), "EA")));

        NetSuiteBodies.SalesOrder body = new NetSuiteRecordMapper(NetSuiteGatewayTest.mappings(), settings)
                .salesOrder(order, "647");

        assertEquals(expected, body.tranDate());
        assertEquals(new BigDecimal("1"), body.item().items().get(0).quantity(), "five decimals, zeros dropped");
    }

    private static final Map<String, String> TERMS_ROWS = Map.of("payment-terms/Net 30", "2", "shipping-method/Ground", "92");

    private static NetSuiteBodies.SalesOrder salesOrderWith(String paymentTerms, String shippingMethod) {
        NetSuiteSettings settings = new NetSuiteSettings("http://netsuite", null, Duration.ofSeconds(1),
                Duration.ofSeconds(1), 83, 5, "7", ZoneId.of("UTC"));
        MappingService mappings = new MappingService() {
            @Override
            public Optional<String> lookup(String targetSystem, String mapType, String sourceValue) {
                return "netsuite".equals(targetSystem)
                        ? Optional.ofNullable(TERMS_ROWS.get(mapType + "/" + sourceValue)) : Optional.empty();
            }
        };
        ErpSalesOrder order = new ErpSalesOrder("801A", "001A", "1", LocalDate.of(2026, 11, 19), null, "USD", null,
                null, paymentTerms, shippingMethod,
                List.of(new ErpSalesOrder.Line("802A", "WID-100", BigDecimal.ONE, "EA")));
        return new NetSuiteRecordMapper(mappings, settings).salesOrder(order, "647");
    }

    @Test
    void paymentTermsAndShippingMethodGoAsTheInternalIdsOfTheirMappingRows() {
        NetSuiteBodies.SalesOrder body = salesOrderWith("Net 30", "Ground");

        assertEquals(NetSuiteBodies.Ref.id("2"), body.terms());
        assertEquals(NetSuiteBodies.Ref.id("92"), body.shipMethod());
    }

    @Test
    void anOrderWithoutPaymentTermsOrShippingMethodSendsNeither() {
        NetSuiteBodies.SalesOrder body = salesOrderWith(null, null);

        assertNull(body.terms());
        assertNull(body.shipMethod());
    }

    @Test
    void unmappedPaymentTermsAreARejectionNamingTheMissingRow() {
        RejectedCallException refused = assertThrows(RejectedCallException.class, () -> salesOrderWith("Net 45", "Ground"));

        assertEquals("MAPPING_MISSING", refused.code());
        assertTrue(refused.getMessage().contains("netsuite/payment-terms/Net 45"), refused.getMessage());
    }

    @Test
    void anUnmappedShippingMethodIsARejectionNamingTheMissingRow() {
        RejectedCallException refused = assertThrows(RejectedCallException.class, () -> salesOrderWith("Net 30", "Drone"));

        assertEquals("MAPPING_MISSING", refused.code());
        assertTrue(refused.getMessage().contains("netsuite/shipping-method/Drone"), refused.getMessage());
    }
}
