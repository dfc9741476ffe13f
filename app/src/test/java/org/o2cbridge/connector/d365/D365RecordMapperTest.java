package org.o2cbridge.connector.d365;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.ErpSalesOrder;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.mapping.MappingService;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class D365RecordMapperTest {

    private static final Map<String, String> ROWS = Map.of("country/Holland", "NLD", "payment-terms/Net 30", "Net30",
            "shipping-method/Ground", "10");

    private final D365RecordMapper mapper = new D365RecordMapper(new MappingService() {
        @Override
        public Optional<String> lookup(String targetSystem, String mapType, String sourceValue) {
            return "d365".equals(targetSystem) ? Optional.ofNullable(ROWS.get(mapType + "/" + sourceValue)) : Optional.empty();
        }
    }, new D365Settings("https://env", "https://login/token", "https://env", "id", "secret", Duration.ofSeconds(1),
            Duration.ofSeconds(1), Duration.ofSeconds(1), 100, 2, null, new D365Settings.Budget(0, Duration.ofSeconds(1),
            Duration.ZERO, Duration.ZERO)));

    private JsonObject customerIn(String street, String country) {
        return mapper.customer(new ErpCustomer("001A", "Acme", new ErpCustomer.Address(street, "Town", null, "1", country),
                null, null, "US01"), "usmf");
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is sent as {1}")
    @CsvSource(delimiter = '|', value = {
            "US            | USA",
            "United States | USA",
            "Deutschland   | DEU",
            "Holland       | NLD"})   // the operator's row
    void countriesAreSentAsIsoAlphaThreeWithTheOperatorsRowFirst(String country, String expected) {
        assertEquals(expected, customerIn(null, country).getString("AddressCountryRegionId"));
    }

    @Test
    void aCountryNamingNoCountryIsARejectionNamingTheValueAndTheRow() {
        RejectedCallException refused = assertThrows(RejectedCallException.class, () -> customerIn(null, "Atlantis"));

        assertEquals("UNKNOWN_COUNTRY", refused.code());
        assertTrue(refused.getMessage().contains("d365/country/Atlantis"), refused.getMessage());
    }

    @Test
    void theStreetKeepsItsLinesInOneFieldOfTwoHundredFiftyCharacters() {
        assertEquals("1 Main St\nSuite 200", customerIn(" 1 Main St \r\n\r\nSuite 200", "US").getString("AddressStreet"));
        assertEquals(250, customerIn("x".repeat(255), "US").getString("AddressStreet").length());
    }

    @Test
    void quantitiesKeepTwoDecimalsAndOneThatRoundsToZeroIsRefused() {
        assertEquals("2.35", mapper.salesOrderLine(new ErpSalesOrder.Line("802A", "D0001", new BigDecimal("2.345"), null),
                "usmf").get("OrderedSalesQuantity").toString());

        RejectedCallException refused = assertThrows(RejectedCallException.class, () -> mapper.salesOrderLine(
                new ErpSalesOrder.Line("802B", "D0001", new BigDecimal("0.001"), null), "usmf"));
        assertEquals("QUANTITY_ROUNDS_TO_ZERO", refused.code());
        assertTrue(refused.getMessage().contains("802B (product D0001)"), refused.getMessage());
    }

    private JsonObject headerWith(String paymentTerms, String shippingMethod) {
        ErpSalesOrder order = new ErpSalesOrder("801A", "001A", "1", null, null, "USD", null, "US01",
                paymentTerms, shippingMethod, List.of(new ErpSalesOrder.Line("802A", "WID-100", BigDecimal.ONE, "EA")));
        return mapper.salesOrderHeader(order, "usmf", "001A");
    }

    @Test
    void paymentTermsAndShippingMethodGoAsTheCodesOfTheirMappingRows() {
        JsonObject header = headerWith("Net 30", "Ground");

        assertEquals("Net30", header.getString("PaymentTermsName"));
        assertEquals("10", header.getString("DeliveryModeCode"));
    }

    @Test
    void anOrderWithoutPaymentTermsOrShippingMethodSendsNeither() {
        JsonObject header = headerWith(null, null);

        assertFalse(header.containsKey("PaymentTermsName"), header.toString());
        assertFalse(header.containsKey("DeliveryModeCode"), header.toString());
    }

    @Test
    void unmappedPaymentTermsOrShippingMethodAreARejectionNamingTheMissingRow() {
        RejectedCallException terms = assertThrows(RejectedCallException.class, () -> headerWith("Net 45", null));
        RejectedCallException shipping = assertThrows(RejectedCallException.class, () -> headerWith(null, "Drone"));

        assertEquals("MAPPING_MISSING", terms.code());
        assertTrue(terms.getMessage().contains("d365/payment-terms/Net 45"), terms.getMessage());
        assertTrue(shipping.getMessage().contains("d365/shipping-method/Drone"), shipping.getMessage());
    }
}
