package org.o2cbridge.catalog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriceRecordTest {

    private static final Instant CHANGED = Instant.parse("2026-11-20T09:15:00Z");

    @Test
    void aPricedItemIsAStandardPriceOfItsProductKeyedByItemAndCurrency() {
        ErpItem item = new ErpItem("17", "WID-100", "Widget", null, false, new BigDecimal("12.50"), "eur ",
                null, CHANGED);

        PriceRecord price = PriceRecord.of(item, "01t000000000001AAA");

        assertEquals("17", price.erpItemId());
        assertEquals("01t000000000001AAA", price.productId());
        assertEquals(new BigDecimal("12.50"), price.unitPrice());
        assertEquals("EUR", price.currency());
        assertTrue(price.active());
        assertEquals("17:EUR", price.key());
    }

    @Test
    void anInactiveItemsPriceIsAnInactiveEntry() {
        ErpItem item = new ErpItem("18", "WID-200", null, null, true, BigDecimal.ONE, "USD", null, CHANGED);

        assertFalse(PriceRecord.of(item, "01t000000000002AAA").active());
    }

    @Test
    void anItemWithoutPriceOrCurrencyOrSavedProductHasNoPrice() {
        assertNull(PriceRecord.of(new ErpItem("19", "W", null, null, false, null, "USD", null, CHANGED), "01t1"));
        assertNull(PriceRecord.of(new ErpItem("19", "W", null, null, false, BigDecimal.ONE, null, null, CHANGED), "01t1"));
        assertNull(PriceRecord.of(new ErpItem("19", "W", null, null, false, BigDecimal.ONE, "USD", null, CHANGED), null));
    }
}
