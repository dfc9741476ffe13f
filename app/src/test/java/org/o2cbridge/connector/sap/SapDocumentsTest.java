package org.o2cbridge.connector.sap;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SapDocumentsTest {

    private static final Map<String, String> ROWS = Map.of(
            "item/WID-999", "WID-200", "unit-of-measure/EA", "PCE", "country/United States", "US", "state/Bavaria", "BY",
            "sales-organization/DE01", "1010", "distribution-channel/DE01", "10", "division/DE01", "00",
            "sales-organization/US01", "1710", "payment-terms/Net 30", "NT30", "shipping-method/Ground", "02");

    private static SapSettings settings(String salesOrganization, String channel, String division) {
        return new SapSettings("http://sap", "http://sap/token", "id", "secret", Duration.ofSeconds(1),
                Duration.ofSeconds(1), "/so/", "/bp/", "OR", "BP02", "FLCU01", salesOrganization, channel, division,
                Duration.ofSeconds(1), 3, java.time.ZoneId.of("UTC"));
    }

    private static MappingService mappings() {
        return new MappingService() {
            @Override
            public Optional<String> lookup(String targetSystem, String mapType, String sourceValue) {
                return "sap".equals(targetSystem) ? Optional.ofNullable(ROWS.get(mapType + "/" + sourceValue)) : Optional.empty();
            }
        };
    }

    private final SapDocuments documents = new SapDocuments(mappings(), settings(null, "10", "00"));

    private static ErpSalesOrder order(String legalEntity, String product) {
        return new ErpSalesOrder("801Sb00000ABCDEFGH", "001Sb00000ABCDEFGH", "00001234", LocalDate.of(2026, 11, 20), null, "EUR",
                "PO-1", legalEntity, null, null, List.of(new ErpSalesOrder.Line("802A", product, new BigDecimal("3"), "EA"),
                new ErpSalesOrder.Line("802B", "WID-100", new BigDecimal("2.5"), null)));
    }

    @Test
    void salesOrderIsOneHeaderWithAllItemsKeyedOnTheSalesforceOrderIdAndNoPrices() {
        JsonObject body = documents.salesOrder(order("DE01", "WID-999"), "10100001");

        assertEquals("OR", body.getString("SalesOrderType"));
        assertEquals("10100001", body.getString("SoldToParty"));
        assertEquals("801Sb00000ABCDEFGH", body.getString("PurchaseOrderByCustomer"));
        assertEquals("2026-11-20", body.getString("CustomerPurchaseOrderDate"));
        assertEquals(2, body.getJsonArray("_Item").size());
        JsonObject first = body.getJsonArray("_Item").getJsonObject(0);
        assertEquals("WID-200", first.getString("Product"), "the item mapping");
        assertEquals("PCE", first.getString("RequestedQuantityISOUnit"), "the unit mapping");
        assertEquals(new BigDecimal("2.5"), body.getJsonArray("_Item").getJsonObject(1).getJsonNumber("RequestedQuantity").bigDecimalValue());
        assertFalse(body.toString().contains("Price") || body.toString().contains("Amount"), body.toString());
        assertEquals("Salesforce order 00001234, customer PO PO-1",
                body.getJsonArray("_Text").getJsonObject(0).getString("LongText"));
    }

    @ParameterizedTest(name = "{0}: {1}/{2}/{3}")
    @CsvSource({
            "DE01, 1010, 10, 00",   // every part from the legal entity's rows
            "US01, 1710, 10, 00",   // sales organisation from a row, the rest from o2c.sap.*
    })
    void salesAreaComesFromTheLegalEntitysRowsThenTheSettings(String legalEntity, String org, String channel, String division) {
        JsonObject body = documents.salesOrder(order(legalEntity, "WID-100"), "1");

        assertEquals(org, body.getString("SalesOrganization"));
        assertEquals(channel, body.getString("DistributionChannel"));
        assertEquals(division, body.getString("OrganizationDivision"));
    }

    @Test
    void quantitiesAreSentAtRequestedQuantitysThreeDecimals() {
        ErpSalesOrder order = new ErpSalesOrder("801A", "001A", "1", null, null, "EUR", null, "DE01",
                null, null, List.of(new ErpSalesOrder.Line("802A", "WID-100", new BigDecimal("2.34567"), "EA"),
                        new ErpSalesOrder.Line("802B", "WID-100", new BigDecimal("4.000"), "EA")));

        JsonObject body = documents.salesOrder(order, "1");

        assertEquals("2.346", body.getJsonArray("_Item").getJsonObject(0).get("RequestedQuantity").toString());
        assertEquals("4", body.getJsonArray("_Item").getJsonObject(1).get("RequestedQuantity").toString());
    }

    @ParameterizedTest(name = "[{index}] activated {0}, SAP in {1}: SalesOrderDate {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-11-20T23:30:00Z | Europe/Berlin       | 2026-11-21",
            "2026-11-21T03:00:00Z | America/Los_Angeles | 2026-11-20",
            "                     | Europe/Berlin       | 2026-11-20"})   // no activation time: the effective date
    void salesOrderDateIsTheActivationsDateInSapsTimeZone(String activatedAt, String zone, String expected) {
        SapSettings inZone = settings(null, "10", "00");
        SapDocuments zoned = new SapDocuments(mappings(), new SapSettings(inZone.baseUrl(), inZone.tokenUrl(),
                inZone.clientId(), inZone.clientSecret(), inZone.connectTimeout(), inZone.readTimeout(),
                inZone.salesOrderService(), inZone.businessPartnerService(), inZone.salesOrderType(),
                inZone.partnerGrouping(), inZone.customerRole(), inZone.salesOrganization(), inZone.distributionChannel(),
                inZone.division(), inZone.inDoubtWait(), inZone.quantityDecimals(), java.time.ZoneId.of(zone)));
        ErpSalesOrder order = new ErpSalesOrder("801A", "001A", "1", LocalDate.of(2026, 11, 20),
                activatedAt == null ? null : java.time.Instant.parse(activatedAt), "EUR", null, "DE01",
                null, null, List.of(new ErpSalesOrder.Line("802A", "WID-100", BigDecimal.ONE, "EA")));

        JsonObject body = zoned.salesOrder(order, "1");

        assertEquals(expected, body.getString("SalesOrderDate"));
        assertEquals("2026-11-20", body.getString("CustomerPurchaseOrderDate"), "the customer's date stays Salesforce's");
    }

    @Test
    void aQuantityThatRoundsToZeroIsARejectionNamingTheLine() {
        ErpSalesOrder order = new ErpSalesOrder("801A", "001A", "1", null, null, "EUR", null, "DE01",
                null, null, List.of(new ErpSalesOrder.Line("802A", "WID-100", new BigDecimal("0.0004"), "EA")));

        RejectedCallException refused = assertThrows(RejectedCallException.class, () -> documents.salesOrder(order, "1"));

        assertEquals("QUANTITY_ROUNDS_TO_ZERO", refused.code());
        assertTrue(refused.getMessage().contains("802A (product WID-100)"), refused.getMessage());
    }

    private JsonObject salesOrderWith(String paymentTerms, String shippingMethod) {
        ErpSalesOrder order = new ErpSalesOrder("801A", "001A", "1", null, null, "EUR", null, "DE01",
                paymentTerms, shippingMethod, List.of(new ErpSalesOrder.Line("802A", "WID-100", BigDecimal.ONE, "EA")));
        return documents.salesOrder(order, "1");
    }

    @Test
    void paymentTermsAndShippingMethodGoAsTheCodesOfTheirMappingRows() {
        JsonObject body = salesOrderWith("Net 30", "Ground");

        assertEquals("NT30", body.getString("CustomerPaymentTerms"));
        assertEquals("02", body.getString("ShippingCondition"));
    }

    @Test
    void anOrderWithoutPaymentTermsOrShippingMethodSendsNeither() {
        JsonObject body = salesOrderWith(null, null);

        assertFalse(body.containsKey("CustomerPaymentTerms"), body.toString());
        assertFalse(body.containsKey("ShippingCondition"), body.toString());
    }

    @Test
    void unmappedPaymentTermsOrShippingMethodAreARejectionNamingTheMissingRow() {
        RejectedCallException terms = assertThrows(RejectedCallException.class, () -> salesOrderWith("Net 45", null));
        RejectedCallException shipping = assertThrows(RejectedCallException.class, () -> salesOrderWith(null, "Drone"));

        assertEquals("MAPPING_MISSING", terms.code());
        assertTrue(terms.getMessage().contains("sap/payment-terms/Net 45"), terms.getMessage());
        assertTrue(shipping.getMessage().contains("sap/shipping-method/Drone"), shipping.getMessage());
    }

    @Test
    void missingSalesOrganisationIsARejectionNamingTheRow() {
        RejectedCallException refused = assertThrows(RejectedCallException.class,
                () -> documents.salesOrder(order("FR01", "WID-100"), "1"));

        assertEquals("MAPPING_MISSING", refused.code());
        assertTrue(refused.getMessage().contains("sap/sales-organization/FR01"), refused.getMessage());
    }

    @Test
    void businessPartnerIsAnOrganisationWithTheCustomerRoleInTheLegalEntitysSalesArea() {
        JsonObject body = documents.businessPartner(new ErpCustomer("001Sb00000ABCDEFGH", "Acme Industrial Supply",
                new ErpCustomer.Address("100 Market St\nSuite 5", "San Francisco", "Bavaria", "94105", "United States"),
                null, "EUR", "DE01"));

        assertEquals("2", body.getString("BusinessPartnerCategory"));
        assertEquals("BP02", body.getString("BusinessPartnerGrouping"));
        assertEquals("001Sb00000ABCDEFGH", body.getString("BusinessPartnerIDByExtSystem"));
        assertEquals("ACME INDUSTRIAL SUPP", body.getString("SearchTerm1"));
        JsonObject address = body.getJsonObject("to_BusinessPartnerAddress").getJsonArray("results").getJsonObject(0);
        assertEquals("US", address.getString("Country"));
        assertEquals("BY", address.getString("Region"));
        assertEquals("100 Market St", address.getString("StreetName"));
        assertEquals("Suite 5", address.getString("StreetSuffixName"), "the second line is SAP's Street 4");
        assertFalse(address.containsKey("AdditionalStreetSuffixName"));
        assertEquals("FLCU01", body.getJsonObject("to_BusinessPartnerRole").getJsonArray("results").getJsonObject(0)
                .getString("BusinessPartnerRole"));
        JsonObject area = body.getJsonObject("to_Customer").getJsonObject("to_CustomerSalesArea").getJsonArray("results")
                .getJsonObject(0);
        assertEquals("1010", area.getString("SalesOrganization"));
        assertEquals("EUR", area.getString("Currency"));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is sent as {1}")
    @CsvSource(delimiter = '|', value = {
            "United States | US",   // the operator's row
            "Deutschland   | DE",   // no row: the ISO code the name stands for
            "deu           | DE",
            "U.K.          | GB"})
    void countriesAreSentAsIsoAlphaTwoWithTheOperatorsRowFirst(String country, String expected) {
        JsonObject body = documents.businessPartner(new ErpCustomer("001A", "Acme",
                new ErpCustomer.Address("1 Main St", "Town", null, "1", country), null, null, "DE01"));

        assertEquals(expected, body.getJsonObject("to_BusinessPartnerAddress").getJsonArray("results").getJsonObject(0)
                .getString("Country"));
    }

    @ParameterizedTest(name = "[{index}] country ''{0}''")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "  "})
    void anAddressWithoutCountryIsLeftOutAsSapNeedsOne(String country) {
        JsonObject body = documents.businessPartner(new ErpCustomer("001A", "Acme",
                new ErpCustomer.Address("1 Main St", "Town", null, "1", country), null, null, "DE01"));

        assertFalse(body.containsKey("to_BusinessPartnerAddress"), body.toString());
    }

    @Test
    void aCountryNamingNoCountryIsARejectionNamingTheValue() {
        RejectedCallException refused = assertThrows(RejectedCallException.class, () -> documents.businessPartner(
                new ErpCustomer("001A", "Acme", new ErpCustomer.Address(null, null, null, null, "Narnia"), null, null, "DE01")));

        assertEquals("UNKNOWN_COUNTRY", refused.code());
        assertTrue(refused.getMessage().contains("'Narnia'") && refused.getMessage().contains("sap/country/Narnia"),
                refused.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Acme                                                   | Acme |",
            "Very Long Company Name Incorporated Worldwide Holdings Group | Very Long Company Name Incorporated|Worldwide Holdings Group",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ   | ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN|OPQRSTUVWXYZ",
    })
    void namesAreSpreadOverFortyCharacterParts(String name, String first, String second) {
        List<String> parts = SapDocuments.nameParts(name);

        assertEquals(first, parts.get(0));
        assertEquals(second == null ? 1 : 2, parts.size());
        if (second != null) {
            assertEquals(second, parts.get(1));
        }
        assertTrue(parts.stream().allMatch(p -> p.length() <= 40));
    }
}
