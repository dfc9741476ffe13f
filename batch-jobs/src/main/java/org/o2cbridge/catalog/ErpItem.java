package org.o2cbridge.catalog;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A catalog item as the ERP keeps it: its internal id, its item name/number (the product code
 * orders use), display name, description, whether it is inactive, base price with its currency
 * (ISO 4217 code) and the quantity available. Absent values are null; a price without a currency
 * is not synced.
 */
public record ErpItem(String erpId, String itemId, String displayName, String description, boolean inactive,
                      BigDecimal basePrice, String currency, BigDecimal quantityAvailable, Instant lastModified) {

    /** How operators and the skipped-record list name the item, e.g. {@code item 17 (WID-100)}. */
    public String key() {
        return "item " + erpId + (itemId == null ? "" : " (" + itemId + ")");
    }
}
