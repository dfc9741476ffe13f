package org.o2cbridge.sandbox.sap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.platform.ODataFilter;

class SapPricingTest {

    private final SapPricing pricing = new SapPricing();

    @Test
    void aChangedPriceIsANewRateOnTheMaterialsRecord() {
        pricing.put("PPR0", "1010", "10", "WID-100", new BigDecimal("12.50"), "eur", BigDecimal.ONE);
        pricing.put("PPR0", "1710", "10", "WID-100", new BigDecimal("13.00"), "USD", BigDecimal.ONE);
        JsonObject changed = pricing.put("PPR0", "1010", "10", "WID-100", new BigDecimal("14.00"), "EUR",
                new BigDecimal("10"));

        assertEquals("0000000001", changed.getString("ConditionRecord"));
        assertEquals(2, pricing.records().size());
        JsonObject record = pricing.record("0000000001");
        assertEquals("14.00", record.getString("ConditionRateValue"));
        assertEquals("EUR", record.getString("ConditionRateValueUnit"));
        assertEquals("10", record.getString("ConditionQuantity"));
        assertEquals("USD", pricing.record("0000000002").getString("ConditionRateValueUnit"));
    }

    @Test
    void theValidityQueryOfTheBridgeFindsTheMaterialsValidTodayInItsSalesArea() {
        pricing.put("PPR0", "1010", "10", "WID-100", new BigDecimal("12.50"), "EUR", BigDecimal.ONE);
        pricing.put("PPR0", "1710", "10", "WID-100", new BigDecimal("13.00"), "USD", BigDecimal.ONE);
        pricing.put("PPR0", "1010", "10", "WID-200", new BigDecimal("27.00"), "EUR", BigDecimal.ONE);
        pricing.put("PPR0", "1010", "10", "SVC-INSTALL", new BigDecimal("150.00"), "EUR", BigDecimal.ONE);

        List<JsonObject> found = pricing.validities().stream().filter(ODataFilter.parse("ConditionType eq 'PPR0'"
                + " and SalesOrganization eq '1010' and DistributionChannel eq '10'"
                + " and ConditionValidityStartDate le datetime'2026-12-01T00:00:00'"
                + " and ConditionValidityEndDate ge datetime'2026-12-01T00:00:00'"
                + " and (Material eq 'WID-100' or Material eq 'WID-200')")).toList();

        assertEquals(List.of("0000000001", "0000000003"),
                found.stream().map(v -> v.getString("ConditionRecord")).toList());
        assertEquals("/Date(946684800000)/", found.get(0).getString("ConditionValidityStartDate"));
    }
}
