package org.o2cbridge.catalog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductRecordTest {

    private static final Instant CHANGED = Instant.parse("2026-11-20T09:15:00Z");

    @Test
    void anActiveItemBecomesAnActiveProductKeyedByItsErpIdWithItsCodeNameAndAvailability() {
        ErpItem item = new ErpItem("17", "WID-100", "Widget", "A widget", false, new BigDecimal("12.50"),
                "USD", new BigDecimal("40"), CHANGED);

        ProductRecord product = ProductRecord.of(item);

        assertEquals("17", product.erpItemId());
        assertEquals("Widget", product.name());
        assertEquals("WID-100", product.productCode());
        assertEquals("A widget", product.description());
        assertTrue(product.active());
        assertEquals(new BigDecimal("40"), product.availableQuantity());
    }

    @Test
    void anInactiveItemWithoutDisplayNameIsAnInactiveProductNamedByItsCodeWithNothingForAbsentValues() {
        ErpItem item = new ErpItem("18", "WID-200", " ", null, true, BigDecimal.ONE, "USD", null, CHANGED);

        ProductRecord product = ProductRecord.of(item);

        assertEquals("WID-200", product.name());
        assertFalse(product.active());
        assertNull(product.description());
        assertNull(product.availableQuantity());
    }

    @Test
    void aLongNameIsNotCutSoSalesforceRefusesItRatherThanHoldAnotherName() {
        String name = "N".repeat(300);
        ErpItem item = new ErpItem("19", "WID-300", name, null, false, BigDecimal.ONE, "USD", BigDecimal.ONE, CHANGED);

        assertEquals(name, ProductRecord.of(item).name());
        assertEquals("item 19 (WID-300)", item.key());
    }
}
