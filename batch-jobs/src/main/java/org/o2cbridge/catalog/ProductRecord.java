package org.o2cbridge.catalog;

import java.math.BigDecimal;

/**
 * A catalog item as Salesforce's {@code Product2} gets it, keyed by the package's
 * {@code ERP_Item_Id__c} (the item's ERP internal id): {@code Name} is the display name (the item
 * name when it has none), {@code ProductCode} the item name/number, {@code IsActive} the opposite
 * of the ERP's inactive flag, {@code Available_Quantity__c} the quantity available. Names are not
 * cut: one Salesforce cannot hold is refused by Salesforce and set aside with its error. Prices are
 * not on Product2 (it has no price field): they go to the standard price book ({@link PriceRecord}).
 */
public record ProductRecord(String erpItemId, String name, String productCode, String description, boolean active,
                            BigDecimal availableQuantity) {

    public static ProductRecord of(ErpItem item) {
        String name = item.displayName() != null && !item.displayName().isBlank() ? item.displayName() : item.itemId();
        return new ProductRecord(item.erpId(), name, item.itemId(), item.description(), !item.inactive(),
                item.quantityAvailable());
    }
}
