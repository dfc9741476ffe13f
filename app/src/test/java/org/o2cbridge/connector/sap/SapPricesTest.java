package org.o2cbridge.connector.sap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.catalog.ErpItem;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SapPricesTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static JsonObject validity(String material, String start, String record) {
        return json("""
                {"__metadata":{"type":"API_SLSPRICINGCONDITIONRECORD_SRV.A_SlsPrcgCndnRecdValidityType"},
                 "Material":"%s","ConditionRecord":"0000000001","ConditionValidityStartDate":"/Date(%s)/",
                 "ConditionValidityEndDate":"/Date(253402214400000)/","to_SlsPrcgConditionRecord":%s}
                """.formatted(material, start, record));
    }

    private static ErpItem item(String id) {
        return new ErpItem(id, id, "Name " + id, null, false, null, null, null, Instant.EPOCH);
    }

    @Test
    void aRecordsRateInItsCurrencyIsThePrice() {
        SapPrices.Price price = SapPrices.price(validity("WID-100", "946684800000", """
                {"ConditionRateValue":"12.50","ConditionRateValueUnit":"EUR","ConditionQuantity":"1",
                 "ConditionQuantityUnit":"PC","ConditionIsDeleted":false}""")).orElseThrow();

        assertEquals(0, new BigDecimal("12.50").compareTo(price.amount()));
        assertEquals("EUR", price.currency());
    }

    @Test
    void aRateForAnotherQuantityIsDividedToOneUnit() {
        SapPrices.Price price = SapPrices.price(validity("WID-100", "946684800000", """
                {"ConditionRateValue":"1250.00","ConditionRateValueUnit":"usd","ConditionQuantity":"100",
                 "ConditionIsDeleted":false}""")).orElseThrow();

        assertEquals(0, new BigDecimal("12.50").compareTo(price.amount()), price.toString());
        assertEquals("USD", price.currency());
    }

    @Test
    void aDeletedRecordAPercentageOrAnUnexpandedRecordIsNoPrice() {
        assertTrue(SapPrices.price(validity("A", "0", """
                {"ConditionRateValue":"5","ConditionRateValueUnit":"EUR","ConditionQuantity":"1",
                 "ConditionIsDeleted":true}""")).isEmpty());
        assertTrue(SapPrices.price(validity("A", "0", """
                {"ConditionRateValue":"-3.000","ConditionRateValueUnit":"%","ConditionIsDeleted":false}""")).isEmpty());
        assertTrue(SapPrices.price(validity("A", "0", """
                {"__deferred":{"uri":"x"}}""")).isEmpty());
    }

    @Test
    void theItemsOfAPageGetTheirPricesFromOneQueryAndTheLatestStartedPeriodCounts() {
        List<String> asked = new ArrayList<>();
        SapPrices prices = new SapPrices(query -> {
            asked.add(query);
            return Json.createObjectBuilder().add("d", Json.createObjectBuilder().add("results",
                    Json.createArrayBuilder()
                            .add(validity("WID-100", "946684800000", """
                                    {"ConditionRateValue":"10.00","ConditionRateValueUnit":"EUR","ConditionQuantity":"1"}"""))
                            .add(validity("WID-100", "1767225600000", """
                                    {"ConditionRateValue":"11.00","ConditionRateValueUnit":"EUR","ConditionQuantity":"1"}""")))).build();
        }, "PPR0", "1010", "10", LocalDate.parse("2026-12-01"));

        List<ErpItem> items = List.of(item("WID-100"), item("WID-200"));
        List<ErpItem> priced = prices.priced(items);

        assertEquals(1, asked.size(), asked.toString());
        String query = URLDecoder.decode(asked.get(0), StandardCharsets.UTF_8);
        assertTrue(query.startsWith("A_SlsPrcgCndnRecdValidity?$filter=ConditionType eq 'PPR0' and SalesOrganization eq '1010'"
                + " and DistributionChannel eq '10' and ConditionValidityStartDate le datetime'2026-12-01T00:00:00'"
                + " and ConditionValidityEndDate ge datetime'2026-12-01T00:00:00'"
                + " and (Material eq 'WID-100' or Material eq 'WID-200')&"), query);
        assertTrue(query.endsWith("&$expand=to_SlsPrcgConditionRecord"), query);
        assertEquals(0, new BigDecimal("11.00").compareTo(priced.get(0).basePrice()), priced.toString());
        assertEquals("EUR", priced.get(0).currency());
        assertEquals("Name WID-100", priced.get(0).displayName());
        assertNull(priced.get(1).basePrice());
        assertNull(priced.get(1).currency());
    }

    @Test
    void manyMaterialsAreAskedForInBatchesAndNextLinksAreFollowed() {
        List<String> asked = new ArrayList<>();
        SapPrices prices = new SapPrices(query -> {
            asked.add(query);
            var d = Json.createObjectBuilder().add("results", Json.createArrayBuilder());
            if (asked.size() == 1) {
                d.add("__next", "https://sap.example/next");
            }
            return Json.createObjectBuilder().add("d", d).build();
        }, "PPR0", "1010", "10", LocalDate.parse("2026-12-01"));

        prices.priced(IntStream.range(0, SapPrices.MATERIALS_PER_QUERY + 1).mapToObj(i -> item("M" + i)).toList());

        assertEquals(3, asked.size(), asked.toString());
        assertEquals("https://sap.example/next", asked.get(1));
        assertTrue(URLDecoder.decode(asked.get(2), StandardCharsets.UTF_8).contains("(Material eq 'M40')"), asked.get(2));
    }

    @Test
    void withoutASalesAreaNothingIsAsked() {
        List<ErpItem> items = List.of(item("WID-100"));
        SapPrices prices = new SapPrices(query -> {
            throw new AssertionError("no query expected: " + query);
        }, "PPR0", null, "10", LocalDate.parse("2026-12-01"));

        assertSame(items, prices.priced(items));
    }
}
